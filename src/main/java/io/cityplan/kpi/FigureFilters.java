package io.cityplan.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Sql;
import io.cityplan.common.UnknownCodeException;
import io.cityplan.park.Park;
import io.cityplan.park.ParkService;
import io.cityplan.plan.PlanService;
import io.cityplan.project.Project;
import io.cityplan.project.ProjectService;
import io.cityplan.region.Region;
import io.cityplan.region.RegionService;
import io.cityplan.source.SourceService;

/**
 * Compiles target and figure filters into one SQL predicate with bound values (over alias t or o). Codes are resolved
 * against the reference tables held in memory, so a filter costs no statement of its own, and an unknown code is an
 * UNKNOWN_CODE error before anything runs.
 */
@ApplicationScoped
class FigureFilters {

    /** How column scope (migration V4) marks a region's, a park's and a project's code. */
    static final String REGION = "R";
    static final String PARK = "P";
    static final String PROJECT = "J";

    private final KpiService kpis;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final PlanService plans;
    private final SourceService sources;

    FigureFilters(KpiService kpis, RegionService regions, ParkService parks, ProjectService projects,
            PlanService plans, SourceService sources) {
        this.kpis = kpis;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.plans = plans;
        this.sources = sources;
    }

    /** The targets the filter keeps; statuses are those as of {@code asOf}. */
    Sql targets(TargetFilter f, int asOf) {
        if (f == null) {
            return Sql.TRUE;
        }
        FilterParts.refuseNullItems(f);
        var parts = new ArrayList<Sql>();
        common("t", f.region(), f.park(), f.project(), f.indicators(), f.categories(), f.text(), f.document(), parts);
        tasks("t", f.plan(), f.programme(), f.task(), parts);
        if (f.targetYear() != null) {
            parts.addAll(f.targetYear().conditions("t.target_year", "targetYear"));
        }
        if (f.comparators() != null) {
            parts.add(Sql.anyOf("t.comparator", f.comparators().stream().map(Enum::name).toList()));
        }
        if (f.statuses() != null) {
            parts.add(Sql.of("EXISTS (SELECT 1 FROM target_status s WHERE s.target_code = t.code AND ")
                    .append(statuses(f.statuses(), asOf), Sql.of(")")));
        }
        FilterParts.combine(f.and(), f.or(), f.not(), sub -> targets(sub, asOf), parts);
        return Sql.and(parts);
    }

    /**
     * The milestones (alias m) a target filter keeps: its scope, plan, task, document and year fields hold for a
     * milestone as for a target, `targetYear` on the due year, `statuses` on the milestone's status and `text` on its
     * statement. A milestone has no indicator or comparator, so a filter that asks for any keeps none (and its `not`,
     * every one).
     */
    Sql milestones(TargetFilter f, int asOf) {
        if (f == null) {
            return Sql.TRUE;
        }
        FilterParts.refuseNullItems(f);
        var parts = new ArrayList<Sql>();
        common("m", f.region(), f.park(), f.project(), null, null, null, f.document(), parts);
        checkIndicators(f.indicators());
        if (f.indicators() != null || f.categories() != null || f.comparators() != null) {
            parts.add(Sql.of("FALSE"));
        }
        if (f.text() != null) {
            // PostgreSQL's text holds no NUL character, so a text with one is in no statement (and cannot be sent).
            parts.add(f.text().indexOf('\0') >= 0 ? Sql.of("FALSE")
                    : Sql.of("(strpos(m.statement_zh, ?) > 0 OR strpos(lower(m.statement_en), ?) > 0)", f.text(),
                            f.text().toLowerCase(Locale.ROOT)));
        }
        tasks("m", f.plan(), f.programme(), f.task(), parts);
        if (f.targetYear() != null) {
            parts.addAll(f.targetYear().conditions("m.due_year", "targetYear"));
        }
        if (f.statuses() != null) {
            parts.add(Sql.of("EXISTS (SELECT 1 FROM milestone_status s WHERE s.milestone_code = m.code AND ")
                    .append(statuses(f.statuses(), asOf), Sql.of(")")));
        }
        FilterParts.combine(f.and(), f.or(), f.not(), sub -> milestones(sub, asOf), parts);
        return Sql.and(parts);
    }

    /** The filter as a {@link ByTask} question, when it is one. */
    Optional<ByTask> byTask(TargetFilter f) {
        if (f == null) {
            return Optional.of(new ByTask(null, null));
        }
        FilterParts.refuseNullItems(f);
        var tasksAndStatuses = new TargetFilter(null, null, null, null, null, f.plan(), f.programme(), f.task(), null,
                null, f.statuses(), null, null, null, null, null);
        if (!f.equals(tasksAndStatuses)) {
            return Optional.empty();
        }
        return Optional.of(new ByTask(taskKeys(f.plan(), f.programme(), f.task()), f.statuses()));
    }

    private static Sql statuses(List<TargetStatus> statuses, int asOf) {
        return Sql.of("s.years @> CAST(? AS integer) AND s.status = ANY(CAST(? AS text[]))", asOf,
                Sql.textArray(statuses.stream().map(Enum::name).toList()));
    }

    /**
     * Whether the filter keeps every figure of a series or none: it asks only for regions, parks, projects and
     * indicators (by code, category or name), which are the same for every figure of a series.
     */
    boolean wholeSeries(ObservationFilter f) {
        return asksOnlyFor(f, false);
    }

    /**
     * Whether the filter asks only for what a row of table series_year holds (migration V10): regions, parks,
     * projects, indicators and years, which are the same for every figure of a series in one year. The view then
     * counts the figures it keeps ({@link FigureLists#seriesYearCount}).
     */
    boolean bySeriesYear(ObservationFilter f) {
        return asksOnlyFor(f, true);
    }

    private static boolean asksOnlyFor(ObservationFilter f, boolean years) {
        return f == null || (years || f.year() == null) && f.kinds() == null && f.document() == null
                && (f.and() == null || f.and().stream().allMatch(sub -> asksOnlyFor(sub, years)))
                && (f.or() == null || f.or().stream().allMatch(sub -> asksOnlyFor(sub, years)))
                && (f.not() == null || asksOnlyFor(f.not(), years));
    }

    /** The figures the filter keeps. */
    Sql observations(ObservationFilter f) {
        if (f == null) {
            return Sql.TRUE;
        }
        FilterParts.noNullItem(f.indicators(), "indicators");
        FilterParts.noNullItem(f.categories(), "categories");
        FilterParts.noNullItem(f.kinds(), "kinds");
        FilterParts.noNullItem(f.and(), "and");
        FilterParts.noNullItem(f.or(), "or");
        var parts = new ArrayList<Sql>();
        common("o", f.region(), f.park(), f.project(), f.indicators(), f.categories(), f.text(), f.document(), parts);
        if (f.year() != null) {
            parts.addAll(f.year().conditions("o.year", "year"));
        }
        if (f.kinds() != null) {
            parts.add(Sql.anyOf("o.kind", f.kinds().stream().map(Enum::name).toList()));
        }
        FilterParts.combine(f.and(), f.or(), f.not(), this::observations, parts);
        return Sql.and(parts);
    }

    private void common(String alias, String region, String park, String project, List<String> indicators,
            List<IndicatorCategory> categories, String text, String document, List<Sql> parts) {
        if (region != null) {
            parts.add(Sql.anyOf(alias + ".scope", scopesUnder(region)));
        }
        if (park != null) {
            parks.park(park).orElseThrow(() -> new UnknownCodeException("park", park,
                    UnknownCodeException.byName(park, parks.byCode().values(), Park::code, Park::nameZh,
                            Park::nameEn)));
            parts.add(Sql.of(alias + ".scope = ?", PARK + park));
        }
        if (project != null) {
            if (projects.byCodes(List.of(project)).get(0) == null) {
                throw new UnknownCodeException("project", project,
                        UnknownCodeException.byName(project, projects.byCode().values(), Project::code, Project::nameZh,
                                Project::nameEn));
            }
            parts.add(Sql.of(alias + ".scope = ?", PROJECT + project));
        }
        var column = alias + ".indicator_code";
        if (indicators != null) {
            checkIndicators(indicators);
            parts.add(Sql.anyOf(column, indicators));
        }
        if (categories != null) {
            parts.add(Sql.anyOf(column, kpis.indicators(null).stream().filter(i -> categories.contains(i.category()))
                    .map(Indicator::code).toList()));
        }
        if (text != null) {
            var wanted = text.toLowerCase(Locale.ROOT);
            parts.add(Sql.anyOf(column, kpis.indicators(null).stream()
                    .filter(i -> i.nameZh().contains(text) || i.nameEn().toLowerCase(Locale.ROOT).contains(wanted))
                    .map(Indicator::code).toList()));
        }
        if (document != null) {
            sources.document(document).orElseThrow(() -> new UnknownCodeException("document", document));
            parts.add(Sql.of(alias + ".citation_id IN (SELECT c.id FROM citation c WHERE c.document_code = ?)",
                    document));
        }
    }

    /**
     * The scopes (column scope) of a region with everything under it: its own, those of the regions under it, and
     * those of the parks and projects placed in any of them; UNKNOWN_CODE for a code no region has.
     */
    List<String> scopesUnder(String region) {
        var within = regions.within(region).orElseThrow(() -> new UnknownCodeException("region", region,
                UnknownCodeException.byName(region, regions.byCode().values(), Region::code, Region::nameZh,
                        Region::nameEn)));
        var scopes = new ArrayList<String>();
        within.forEach(code -> scopes.add(REGION + code));
        parks.codesInRegions(within).forEach(code -> scopes.add(PARK + code));
        projects.codesInRegions(within).forEach(code -> scopes.add(PROJECT + code));
        return scopes;
    }

    /** Refuses an unknown indicator code. */
    void checkIndicators(List<String> codes) {
        if (codes != null) {
            codes.stream().filter(c -> kpis.indicator(c).isEmpty()).findFirst().ifPresent(c -> {
                throw new UnknownCodeException("indicator", c,
                        UnknownCodeException.byName(c, kpis.indicators(null), Indicator::code, Indicator::nameZh,
                                Indicator::nameEn));
            });
        }
    }

    /** Targets or milestones (over {@code alias}) set by the tasks a plan, programme and task number pick out. */
    private void tasks(String alias, String plan, Integer programme, Integer task, List<Sql> parts) {
        var keys = taskKeys(plan, programme, task);
        if (keys != null) {
            parts.add(Sql.anyOf(alias + ".task_id", keys));
        }
    }

    /** The keys of the tasks a plan, programme number and task number pick out; null when none is given. */
    private List<String> taskKeys(String plan, Integer programme, Integer task) {
        if (plan != null && plans.plan(plan).isEmpty()) {
            throw new UnknownCodeException("plan", plan);
        }
        if (plan == null && programme == null && task == null) {
            return null;
        }
        return plans.tasks().stream()
                .filter(t -> (plan == null || plan.equals(t.planCode())) && (task == null || task == t.ordinal())
                        && (programme == null || t.programmeId().endsWith("/P" + programme)))
                .map(t -> t.key()).toList();
    }

}
