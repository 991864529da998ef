package io.cityplan.kpi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.NodeResolver;
import io.cityplan.common.Sql;
import io.cityplan.park.ParkService;
import io.cityplan.plan.PlanService;
import io.cityplan.project.Project;
import io.cityplan.project.ProjectService;
import io.cityplan.region.RegionService;

/**
 * Indicators, held in memory with the units, and the targets and figures of a batch of parents, paged by PostgreSQL.
 */
@ApplicationScoped
public class KpiService implements NodeResolver {

    private final EntityManager em;
    private final Cached<Map<String, Indicator>> indicatorsByCode;
    private final RegionService regions;
    private final ParkService parks;
    private final ProjectService projects;
    private final PlanService plans;
    private final Cached<Units> units;

    KpiService(EntityManager em, IndicatorRepository indicators, UnitRepository units, RegionService regions,
            ParkService parks, ProjectService projects, PlanService plans) {
        this.em = em;
        this.regions = regions;
        this.parks = parks;
        this.projects = projects;
        this.plans = plans;
        this.indicatorsByCode = new Cached<>(() -> Batches
                .byKey(indicators.listOrdered(null).stream().map(Indicator::of).toList(), Indicator::code));
        this.units = new Cached<>(() -> new Units(units.listAll().stream().collect(Collectors.toMap(u -> u.symbol,
                u -> new Units.Unit(u.symbol, u.normalizedSymbol, u.factor)))));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        indicatorsByCode.refresh();
        units.refresh();
    }

    List<Indicator> indicators(IndicatorCategory category) {
        return indicatorsByCode.get().values().stream().filter(i -> category == null || i.category() == category)
                .toList();
    }

    Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicatorsByCode.get().get(code));
    }

    /** What targets and figures refer to, as held in memory now. */
    References references() {
        return new References(indicatorsByCode.get(), regions.byCode(), parks.byCode(), projects.byCode(),
                plans.tasksByKey());
    }

    Units units() {
        return units.get();
    }

    /**
     * The page of targets of each parent, whose key is in {@code column} of table target: one statement for the
     * pages, one more for the totals when asked.
     */
    List<TargetConnection> targetPages(String column, List<String> keys, Window window, boolean withTotal) {
        var references = references();
        return FigureLists.TARGETS.pages(em, "t." + column, keys, parent -> FigureLists.targets(parent, references),
                window, withTotal).stream()
                .map(TargetConnection::of).toList();
    }

    /**
     * The page of figures of each parent, whose key is in {@code column} of table observation. A parent is an
     * indicator, region, park or project, so its condition keeps whole series, which mostRecent reads from the years
     * kept per series.
     */
    List<ObservationConnection> observationPages(String column, List<String> keys, Integer mostRecent,
            Window window, boolean withTotal) {
        var references = references();
        return FigureLists.OBSERVATIONS.pages(em, "o." + column, keys,
                parent -> FigureLists.observations(parent, mostRecent, true, references), window, withTotal).stream()
                .map(ObservationConnection::of).toList();
    }

    /**
     * The progress of each target as of a year, in one statement whatever the number of targets. It reads only the
     * figures the rule looks at: of each target's series, those of the latest year with an actual figure in a unit
     * that converts into the target's (and that measures it: {@link ProgressRule#measures}), of the latest later year
     * with an expected or estimated one (the outlook), and of the baseline year. A rule that reads more must widen
     * this query.
     * <p>
     * The latest years are found by walking the series' index down from {@code asOf} to the first figure in a
     * convertible unit, and the figures of those years are then looked up by the index, so a long series costs no
     * more than a short one (at 1M figures, a page of 100 targets: 150 ms when every figure of the series was read).
     */
    List<TargetProgress> progress(List<Target> of, int asOf) {
        if (of.isEmpty()) {
            return List.of();
        }
        var latestYear = """
                LEFT JOIN LATERAL (SELECT l.year FROM observation l
                    JOIN unit lu ON lu.symbol = l.unit_symbol
                    WHERE l.indicator_code = t.indicator_code AND l.scope = t.scope AND l.form = t.form
                    AND l.year <= ? AND (l.unit_symbol = t.unit_symbol OR lu.normalized_symbol = tu.normalized_symbol)
                    AND (t.form <> 'TOTAL' OR l.start_year IS NOT DISTINCT FROM t.start_year) AND %s
                    ORDER BY l.year DESC LIMIT 1
                ) %s ON TRUE""";
        var sql = Sql.of("""
                SELECT t.code AS target, %s FROM target t
                JOIN unit tu ON tu.symbol = t.unit_symbol
                %s
                %s
                JOIN observation o ON o.indicator_code = t.indicator_code AND o.scope = t.scope AND o.form = t.form
                    AND o.year = ANY(ARRAY[latest.year, outlook.year, t.baseline_year]) AND o.year <= ?%s
                WHERE t.code = ANY(CAST(? AS text[]))""".formatted(Observation.COLUMNS,
                latestYear.formatted("l.kind = 'ACTUAL'", "latest"),
                latestYear.formatted("l.kind <> 'ACTUAL' AND l.year > coalesce(latest.year, -1)", "outlook"),
                Observation.CITATION), asOf, asOf, asOf,
                Sql.textArray(of.stream().map(Target::code).distinct().toList()));
        var references = references();
        var all = references.indicators();
        Map<String, List<Observation>> figures = sql.rows(em).stream().collect(Collectors.groupingBy(
                r -> (String) r[0], Collectors.mapping(r -> Observation.of(tail(r), references), Collectors.toList())));
        return of.stream().map(t -> ProgressRule.judge(t, all.get(t.indicatorCode()).direction(),
                figures.getOrDefault(t.code(), List.of()), units.get(), asOf)).toList();
    }

    /** What documents expect each project to reach once complete, by code, in one statement. */
    List<List<Projection>> projections(List<Project> of) {
        var references = references();
        var codes = of.stream().map(Project::code).toList();
        var projections = Sql.of("SELECT " + Projection.COLUMNS + " FROM " + Projection.FROM
                + " WHERE p.project_code = ANY(CAST(? AS text[])) ORDER BY p.code COLLATE \"C\"",
                Sql.textArray(codes.stream().distinct().toList())).rows(em).stream()
                .map(r -> Projection.of(r, references)).toList();
        return Batches.many(codes, projections, Projection::projectCode);
    }

    private static Object[] tail(Object[] row) {
        var rest = new Object[row.length - 1];
        System.arraycopy(row, 1, rest, 0, rest.length);
        return rest;
    }

    /** Each value in its unit's normalized unit, or null where the unit has no conversion. */
    List<Quantity> normalized(List<BigDecimal> values, List<String> unitSymbols) {
        var table = units.get();
        return IntStream.range(0, values.size()).mapToObj(i -> table.normalized(values.get(i), unitSymbols.get(i)))
                .toList();
    }

    /** The rows of {@code from} whose code (column code of {@code alias}) is one of {@code codes}. */
    private List<Object[]> byCodes(String columns, String from, String alias, List<String> codes) {
        return Sql.of("SELECT " + columns + " FROM " + from + " WHERE " + alias + ".code = ANY(CAST(? AS text[]))",
                Sql.textArray(codes.stream().distinct().toList())).rows(em);
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of("Indicator", keys -> Batches.lookup(keys, indicatorsByCode.get()), "Target", this::targetsByCodes,
                "Observation", this::observationsByCodes);
    }

    /** The target of this code as it reads now, or null. */
    Target target(String code) {
        return targetsByCodes(List.of(code)).get(0);
    }

    private List<Target> targetsByCodes(List<String> codes) {
        var references = references();
        return Batches.one(codes, byCodes(Target.COLUMNS, Target.FROM, "t", codes).stream()
                .map(r -> Target.of(r, references)).toList(), Target::code);
    }

    /** The figure of this code as it reads now, or null. */
    Observation observation(String code) {
        return observationsByCodes(List.of(code)).get(0);
    }

    private List<Observation> observationsByCodes(List<String> codes) {
        var references = references();
        return Batches.one(codes, byCodes(Observation.COLUMNS, Observation.FROM, "o", codes).stream()
                .map(r -> Observation.of(r, references)).toList(), Observation::code);
    }
}
