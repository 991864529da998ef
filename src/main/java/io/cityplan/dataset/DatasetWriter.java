package io.cityplan.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.cityplan.dataset.Dataset.Citation;
import io.cityplan.dataset.Dataset.Figure;
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

/**
 * Replaces the dataset tables' rows with a {@link Dataset}, within the caller's transaction, keeping those editors
 * recorded ({@link EditorsRows}).
 */
final class DatasetWriter {

    /** Child tables first, so that deleting in this order never breaks a foreign key. */
    private static final List<String> TABLES = List.of("projection", "milestone_outcome", "milestone", "observation",
            "target",
            "task_project", "task_park",
            "task_region", "project", "park_industry", "park", "indicator", "task", "programme", "plan", "region",
            "unit", "citation",
            "source_document");

    private final Connection connection;
    private Set<String> regionCodes = Set.of();
    private Set<String> parkCodes = Set.of();

    DatasetWriter(Connection connection) {
        this.connection = connection;
    }

    void replaceAll(Dataset dataset) throws SQLException {
        regionCodes = dataset.regions().stream().map(RegionRecord::code).collect(Collectors.toSet());
        parkCodes = dataset.parks().stream().map(ParkRecord::code).collect(Collectors.toSet());
        var editors = new EditorsRows(connection);
        boolean keep = editors.setAside();
        try (var statement = connection.createStatement()) {
            for (var table : TABLES) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        }
        insert("source_document", "code, file_name, title_zh, title_en, publisher_zh, publisher_en, year, "
                + "event_date, kind, summary_en", dataset.documents(), DatasetWriter::document);
        insert("citation", "id, document_code, quote", dataset.citations().values(),
                (Citation c) -> new Object[] { c.id(), c.document(), c.quote() });
        insert("unit", "symbol, name_en, normalized_symbol, factor", dataset.units(),
                (UnitRecord u) -> new Object[] { u.symbol(), u.nameEn(), u.normalized(), u.factor() });
        insertRegions(dataset.regions());
        for (var plan : dataset.plans()) {
            insertPlan(plan);
        }
        insertParks(dataset.parks());
        insert("project", "code, name_zh, name_en, kind, region_code, park_code, citation_id", dataset.projects(),
                (ProjectRecord p) -> new Object[] { p.code(), p.nameZh(), p.nameEn(), p.kind().name(), p.region(),
                        p.park(), citation(p.source()) });
        insertTaskLinks(dataset.plans());
        insert("indicator", "code, name_zh, name_en, unit_symbol, category, direction, citation_id",
                dataset.indicators(), (IndicatorRecord i) -> new Object[] { i.code(), i.nameZh(), i.nameEn(),
                        i.unit(), i.category().name(), i.direction().name(), citation(i.source()) });
        insert("target",
                "code, indicator_code, region_code, park_code, project_code, task_id, comparator, form, value, "
                        + "unit_symbol, start_year, target_year, baseline_value, baseline_year, reference_zh, reference_en, "
                        + "aspirational, note, citation_id",
                dataset.targets(), this::target);
        insert("observation",
                "code, indicator_code, region_code, park_code, project_code, start_year, year, period_zh, kind, "
                        + "comparator, form, value, unit_symbol, from_value, from_unit_symbol, from_comparator, note, "
                        + "citation_id",
                dataset.observations(), this::observation);
        insert("milestone", "code, region_code, park_code, project_code, task_id, due_year, due_zh, statement_zh, "
                + "statement_en, aspirational, note, citation_id", dataset.milestones(), this::milestone);
        insert("milestone_outcome", "code, milestone_code, year, period_zh, kind, done, note, citation_id",
                dataset.outcomes(), (Figure<OutcomeRecord> f) -> new Object[] { f.record().code(),
                        f.record().milestone(), f.record().year(), f.record().periodZh(), f.record().kind().name(),
                        f.record().done(), f.record().note(), f.citationId() });
        insert("projection", "code, project_code, indicator_code, comparator, value, unit_symbol, condition_zh, "
                + "condition_en, note, citation_id", dataset.projections(),
                (Figure<ProjectionRecord> f) -> new Object[] { f.record().code(), f.record().project(),
                        f.record().indicator(), f.record().comparator().name(), f.record().value(),
                        f.record().unit(), f.record().conditionZh(), f.record().conditionEn(), f.record().note(),
                        f.citationId() });
        if (keep) {
            editors.putBack();
        }
    }

    private static Object[] document(DocumentRecord d) {
        return new Object[] { d.code(), d.file(), d.titleZh(), d.titleEn(), d.publisherZh(), d.publisherEn(),
                d.year(), d.eventDate() == null ? null : java.sql.Date.valueOf(d.eventDate()), d.kind().name(),
                d.summaryEn() };
    }

    private void insertRegions(List<RegionRecord> regions) throws SQLException {
        // Parents are set in a second pass, so the file's order does not matter.
        insert("region", "code, name_zh, short_name_zh, name_en, kind, citation_id", regions,
                (RegionRecord r) -> new Object[] { r.code(), r.nameZh(), r.shortNameZh(), r.nameEn(), r.kind().name(),
                        citation(r.source()) });
        try (var update = connection.prepareStatement("UPDATE region SET parent_code = ? WHERE code = ?")) {
            for (var region : regions) {
                if (region.parent() != null) {
                    update.setString(1, region.parent());
                    update.setString(2, region.code());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }

    private void insertPlan(PlanRecord plan) throws SQLException {
        insert("plan", "code, title_zh, title_en, issuer_zh, issuer_en, year, region_code, summary_zh, summary_en, "
                + "citation_id", List.of(plan),
                (PlanRecord p) -> new Object[] { p.code(), p.titleZh(), p.titleEn(),
                        p.issuerZh(), p.issuerEn(), p.year(), p.region(), p.summaryZh(), p.summaryEn(),
                        citation(p.source()) });
        insert("programme", "id, plan_code, ordinal, name_zh, name_en, aim_zh, aim_en, citation_id",
                plan.programmes(), p -> new Object[] { Ids.programme(plan.code(), p.ordinal()), plan.code(),
                        p.ordinal(), p.nameZh(), p.nameEn(), p.aimZh(), p.aimEn(), citation(p.source()) });
        var rows = new ArrayList<Object[]>();
        for (var programme : plan.programmes()) {
            for (var t : programme.tasks()) {
                rows.add(new Object[] { Ids.task(plan.code(), t.ordinal()), plan.code(),
                        Ids.programme(plan.code(), programme.ordinal()), t.ordinal(), t.titleZh(), t.titleEn(),
                        t.summaryZh(), t.summaryEn(), citation(Ids.taskSource(plan, t)) });
            }
        }
        insert("task", "id, plan_code, programme_id, ordinal, title_zh, title_en, summary_zh, summary_en, "
                + "citation_id", rows, Function.identity());
    }

    private void insertParks(List<ParkRecord> parks) throws SQLException {
        insert("park", "code, name_zh, name_en, kind, level, region_code, citation_id", parks,
                (ParkRecord p) -> new Object[] { p.code(), p.nameZh(), p.nameEn(), p.kind().name(),
                        p.level() == null ? null : p.level().name(), p.region(), citation(p.source()) });
        var rows = new ArrayList<Object[]>();
        for (var park : parks) {
            for (int i = 0; i < park.focusIndustries().size(); i++) {
                var industry = park.focusIndustries().get(i);
                rows.add(new Object[] { park.code(), i + 1, industry.nameZh(), industry.nameEn() });
            }
        }
        insert("park_industry", "park_code, position, name_zh, name_en", rows, Function.identity());
    }

    private void insertTaskLinks(List<PlanRecord> plans) throws SQLException {
        var regions = new ArrayList<Object[]>();
        var parks = new ArrayList<Object[]>();
        var projects = new ArrayList<Object[]>();
        for (var plan : plans) {
            for (var programme : plan.programmes()) {
                for (var task : programme.tasks()) {
                    var id = Ids.task(plan.code(), task.ordinal());
                    task.regions().forEach(r -> regions.add(new Object[] { id, r }));
                    task.parks().forEach(p -> parks.add(new Object[] { id, p }));
                    task.projects().forEach(p -> projects.add(new Object[] { id, p }));
                }
            }
        }
        insert("task_region", "task_id, region_code", regions, Function.identity());
        insert("task_park", "task_id, park_code", parks, Function.identity());
        insert("task_project", "task_id, project_code", projects, Function.identity());
    }

    private Object[] target(Figure<TargetRecord> figure) {
        var t = figure.record();
        var scope = scope(t.scope());
        return new Object[] { t.code(), t.indicator(), scope.region(), scope.park(), scope.project(), figure.taskId(),
                t.comparator().name(), t.formOrLevel().name(), t.value(), t.unit(), t.startYear(), t.targetYear(),
                t.baselineValue(), t.baselineYear(), t.referenceZh(), t.referenceEn(), t.aspirational(), t.note(),
                figure.citationId() };
    }

    private Object[] observation(Figure<ObservationRecord> figure) {
        var o = figure.record();
        var scope = scope(o.scope());
        var from = o.changedFrom();
        return new Object[] { o.code(), o.indicator(), scope.region(), scope.park(), scope.project(), o.startYear(),
                o.year(), o.periodZh(), o.kind().name(), o.comparator().name(), o.formOrLevel().name(), o.value(),
                o.unit(), from == null ? null : from.value(), from == null ? null : from.unit(),
                from == null ? null : from.comparator().name(), o.note(), figure.citationId() };
    }

    private Object[] milestone(Figure<MilestoneRecord> figure) {
        var m = figure.record();
        var scope = scope(m.scope());
        return new Object[] { m.code(), scope.region(), scope.park(), scope.project(), figure.taskId(), m.dueYear(),
                m.dueZh(), m.quote(), m.statementEn(), m.aspirational(), m.note(), figure.citationId() };
    }

    /** A figure's scope code names a region, a park or a project; the checks made sure it is exactly one. */
    private record Scope(String region, String park, String project) {
    }

    private Scope scope(String code) {
        if (regionCodes.contains(code)) {
            return new Scope(code, null, null);
        }
        return parkCodes.contains(code) ? new Scope(null, code, null) : new Scope(null, null, code);
    }

    private static String citation(Source source) {
        return source == null ? null : Dataset.citationId(source.document(), source.quote());
    }

    private <T> void insert(String table, String columns, Collection<T> records, Function<T, Object[]> row)
            throws SQLException {
        var count = columns.split(",").length;
        var sql = "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?, ".repeat(count - 1) + "?)";
        try (var insert = connection.prepareStatement(sql)) {
            for (var record : records) {
                var values = row.apply(record);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

}
