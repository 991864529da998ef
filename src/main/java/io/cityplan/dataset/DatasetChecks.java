package io.cityplan.dataset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cityplan.dataset.DatasetFiles.DocumentRecord;
import io.cityplan.dataset.DatasetFiles.IndicatorRecord;
import io.cityplan.dataset.DatasetFiles.MilestoneRecord;
import io.cityplan.dataset.DatasetFiles.ObservationRecord;
import io.cityplan.dataset.DatasetFiles.OutcomeRecord;
import io.cityplan.dataset.DatasetFiles.ParkRecord;
import io.cityplan.dataset.DatasetFiles.PlanRecord;
import io.cityplan.dataset.DatasetFiles.ProjectRecord;
import io.cityplan.dataset.DatasetFiles.ProjectionRecord;
import io.cityplan.dataset.DatasetFiles.RegionRecord;
import io.cityplan.dataset.DatasetFiles.Source;
import io.cityplan.dataset.DatasetFiles.TargetRecord;
import io.cityplan.dataset.DatasetFiles.UnitRecord;
import io.cityplan.dataset.DatasetReader.Located;
import io.cityplan.kpi.FigureForm;
import io.cityplan.kpi.ObservationKind;

/** The checks between records: unique keys, references that resolve, and rules that span fields. */
final class DatasetChecks {

    /** Receives a problem about the record {@code kind key}. */
    interface Problems {
        void add(String kind, String key, String message);
    }

    private final Problems problems;
    private Set<String> documentCodes;
    private Set<String> unitSymbols;
    private Set<String> regionCodes;
    private Set<String> parkCodes;
    private Set<String> projectCodes;
    private Set<String> indicatorCodes;
    private Map<String, Set<Integer>> tasksByPlan;

    DatasetChecks(Problems problems) {
        this.problems = problems;
    }

    void check(List<DocumentRecord> documents, List<UnitRecord> units, List<RegionRecord> regions,
            List<PlanRecord> plans, List<ParkRecord> parks, List<ProjectRecord> projects,
            List<IndicatorRecord> indicators,
            List<Located<TargetRecord>> targets, List<Located<ObservationRecord>> observations,
            List<Located<MilestoneRecord>> milestones, List<Located<OutcomeRecord>> outcomes,
            List<Located<ProjectionRecord>> projections) {
        documentCodes = unique("document", documents, DocumentRecord::code);
        var documentYears = documents.stream()
                .collect(Collectors.toMap(DocumentRecord::code, DocumentRecord::year, (a, b) -> a));
        unique("document", documents, DocumentRecord::file);
        unitSymbols = unique("unit", units, UnitRecord::symbol);
        regionCodes = unique("region", regions, RegionRecord::code);
        parkCodes = unique("park", parks, ParkRecord::code);
        projectCodes = unique("project", projects, ProjectRecord::code);
        var scopes = new ArrayList<String>();
        List.of(regionCodes, parkCodes, projectCodes).forEach(scopes::addAll);
        unique("scope", scopes, s -> s);
        indicatorCodes = unique("indicator", indicators, IndicatorRecord::code);
        unique("indicator", indicators, IndicatorRecord::nameZh);
        unique("plan", plans, PlanRecord::code);
        unique("target", targets, t -> t.record().code());
        unique("observation", observations, o -> o.record().code());
        var milestoneCodes = unique("milestone", milestones, m -> m.record().code());
        unique("outcome", outcomes, o -> o.record().code());
        unique("projection", projections, p -> p.record().code());
        tasksByPlan = new HashMap<>();

        units.forEach(this::checkUnit);
        regions.forEach(this::checkRegion);
        plans.forEach(this::checkPlan);
        parks.forEach(this::checkPark);
        projects.forEach(this::checkProject);
        indicators.forEach(i -> {
            ref("indicator", i.code(), "unit", i.unit(), unitSymbols);
            source("indicator", i.code(), i.source());
            if (i.source() != null && !QuotedNames.namedBy(i.nameZh(), i.source().quote())) {
                problems.add("indicator", i.code(), "nameZh '" + i.nameZh()
                        + "' is neither written in its source quote nor made of the quote's words");
            }
        });
        targets.forEach(this::checkTarget);
        observations.forEach(this::checkObservation);
        for (var located : milestones) {
            var milestone = located.record();
            checkScope("milestone", milestone.code(), located, milestone.scope());
            checkTask("milestone", milestone.code(), located, milestone.task());
        }
        for (var located : outcomes) {
            var outcome = located.record();
            ref("outcome", outcome.code(), "document", located.document(), documentCodes);
            ref("outcome", outcome.code(), "milestone", outcome.milestone(), milestoneCodes);
            var year = documentYears.get(located.document());
            if (outcome.kind() == ObservationKind.ACTUAL && year != null && outcome.year() > year) {
                problems.add("outcome", outcome.code(), "reported as fact for " + outcome.year()
                        + ", after its document's year " + year);
            }
        }
        for (var located : projections) {
            var projection = located.record();
            ref("projection", projection.code(), "document", located.document(), documentCodes);
            ref("projection", projection.code(), "indicator", projection.indicator(), indicatorCodes);
            ref("projection", projection.code(), "unit", projection.unit(), unitSymbols);
            ref("projection", projection.code(), "project", projection.project(), projectCodes);
        }
    }

    private void checkUnit(UnitRecord unit) {
        if ((unit.normalized() == null) != (unit.factor() == null)) {
            problems.add("unit", unit.symbol(), "give both `normalized` and `factor`, or neither");
        }
    }

    private void checkRegion(RegionRecord region) {
        ref("region", region.code(), "parent", region.parent(), regionCodes);
        source("region", region.code(), region.source());
        if (region.code().equals(region.parent())) {
            problems.add("region", region.code(), "is its own parent");
        }
    }

    private void checkPlan(PlanRecord plan) {
        ref("plan", plan.code(), "region", plan.region(), regionCodes);
        source("plan", plan.code(), plan.source());
        var programmeOrdinals = new HashSet<Integer>();
        var taskOrdinals = new HashSet<Integer>();
        for (var programme : plan.programmes()) {
            if (!programmeOrdinals.add(programme.ordinal())) {
                problems.add("plan", plan.code(), "programme " + programme.ordinal() + " appears twice");
            }
            source("plan", plan.code(), programme.source());
            for (var task : programme.tasks()) {
                if (!taskOrdinals.add(task.ordinal())) {
                    problems.add("plan", plan.code(), "task " + task.ordinal() + " appears twice");
                }
                var key = plan.code() + " task " + task.ordinal();
                task.regions().forEach(r -> ref("plan", key, "regions", r, regionCodes));
                task.parks().forEach(p -> ref("plan", key, "parks", p, parkCodes));
                task.projects().forEach(p -> ref("plan", key, "projects", p, projectCodes));
            }
        }
        tasksByPlan.put(plan.code(), taskOrdinals);
    }

    private void checkPark(ParkRecord park) {
        ref("park", park.code(), "region", park.region(), regionCodes);
        source("park", park.code(), park.source());
    }

    private void checkProject(ProjectRecord project) {
        ref("project", project.code(), "region", project.region(), regionCodes);
        ref("project", project.code(), "park", project.park(), parkCodes);
        source("project", project.code(), project.source());
    }

    private void checkTarget(Located<TargetRecord> located) {
        var target = located.record();
        checkFigure("target", target.code(), located, target.indicator(), target.scope(), target.unit());
        checkTask("target", target.code(), located, target.task());
        if (target.formOrLevel() == FigureForm.DIFFERENCE && target.referenceZh() == null) {
            problems.add("target", target.code(), "a DIFFERENCE target needs `referenceZh`");
        }
        if (target.formOrLevel() == FigureForm.CHANGE && target.baselineYear() == null) {
            problems.add("target", target.code(), "a CHANGE target needs `baselineYear`");
        }
        var form = target.formOrLevel();
        if ((form == FigureForm.PER_YEAR || form == FigureForm.TOTAL) && target.startYear() == null) {
            problems.add("target", target.code(), "a " + form + " target needs `startYear`");
        }
        if (target.startYear() != null && target.startYear() > target.targetYear()) {
            problems.add("target", target.code(), "`startYear` is after `targetYear`");
        }
    }

    private void checkObservation(Located<ObservationRecord> located) {
        var observation = located.record();
        checkFigure("observation", observation.code(), located, observation.indicator(), observation.scope(),
                observation.unit());
        if (observation.formOrLevel() == FigureForm.TOTAL && observation.startYear() == null) {
            problems.add("observation", observation.code(), "a TOTAL figure needs `startYear`");
        }
        if (observation.formOrLevel() != FigureForm.TOTAL && observation.startYear() != null) {
            problems.add("observation", observation.code(), "only a TOTAL figure has a `startYear`");
        }
        if (observation.startYear() != null && observation.startYear() > observation.year()) {
            problems.add("observation", observation.code(), "`startYear` is after `year`");
        }
        if (observation.changedFrom() != null) {
            ref("observation", observation.code(), "changedFrom.unit", observation.changedFrom().unit(), unitSymbols);
        }
    }

    private void checkFigure(String kind, String code, Located<?> located, String indicator, String scope,
            String unit) {
        ref(kind, code, "indicator", indicator, indicatorCodes);
        ref(kind, code, "unit", unit, unitSymbols);
        checkScope(kind, code, located, scope);
    }

    private void checkScope(String kind, String code, Located<?> located, String scope) {
        ref(kind, code, "document", located.document(), documentCodes);
        if (!regionCodes.contains(scope) && !parkCodes.contains(scope) && !projectCodes.contains(scope)) {
            problems.add(kind, code, "unknown scope '" + scope + "' (not a region, park or project code)");
        }
    }

    private void checkTask(String kind, String code, Located<?> located, Integer task) {
        if (task != null) {
            var ordinals = tasksByPlan.get(located.tasksOf());
            if (ordinals == null) {
                problems.add(kind, code, "`task` needs the file's `tasksOf` to name a known plan");
            } else if (!ordinals.contains(task)) {
                problems.add(kind, code, "unknown task " + task + " of " + located.tasksOf());
            }
        }
    }

    private void source(String kind, String key, Source source) {
        if (source != null) {
            ref(kind, key, "source.document", source.document(), documentCodes);
        }
    }

    private void ref(String kind, String key, String field, String value, Set<String> known) {
        if (value != null && !known.contains(value)) {
            problems.add(kind, key, "unknown " + field + " '" + value + "'");
        }
    }

    private <T> Set<String> unique(String kind, List<T> records, Function<T, String> key) {
        var counts = records.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
        counts.forEach((value, count) -> {
            if (count > 1) {
                problems.add(kind, value, "appears " + count + " times");
            }
        });
        return counts.keySet();
    }
}
