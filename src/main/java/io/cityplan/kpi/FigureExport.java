package io.cityplan.kpi;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Csv;
import io.cityplan.common.Sql;

/**
 * Targets and reported figures as CSV, every row a filter keeps, in the order asked for: what the explorer's table
 * download gives for one page, for a whole list and without a browser ({@link FigureExportRoutes}). The filter, order
 * and {@code mostRecent} are those of the GraphQL fields, compiled to the same SQL predicate; the rows are read with a
 * server-side cursor and written as they come, so an export of a million figures holds a few hundred rows in memory.
 * Columns are named by the GraphQL field each holds (indicator.nameZh, citation.document.titleZh).
 */
@ApplicationScoped
class FigureExport {

    /** Rows fetched from PostgreSQL at a time, and about how many go out in one chunk. */
    static final int FETCH = 500;

    private static final String SCOPE_JOINS = " JOIN indicator i ON i.code = x.indicator_code"
            + " LEFT JOIN region r ON r.code = x.region_code LEFT JOIN park p ON p.code = x.park_code"
            + " LEFT JOIN project j ON j.code = x.project_code JOIN citation c ON c.id = x.citation_id"
            + " JOIN source_document d ON d.code = c.document_code";
    private static final String SCOPE_COLUMNS = "x.code, x.indicator_code, i.name_zh, i.name_en, x.region_code, "
            + "r.name_zh, x.park_code, p.name_zh, x.project_code, j.name_zh";
    private static final List<String> SCOPE_HEADER = List.of("code", "indicator.code", "indicator.nameZh",
            "indicator.nameEn", "region.code", "region.nameZh", "park.code", "park.nameZh", "project.code",
            "project.nameZh");
    private static final List<String> CITATION_HEADER = List.of("note", "citation.quote", "citation.document.code",
            "citation.document.titleZh");
    private static final String CITATION_COLUMNS = "x.note, c.quote, c.document_code, d.title_zh";

    static final List<String> TARGET_HEADER = header(List.of("task.plan.code", "task.ordinal",
            "task.titleZh", "comparator", "value", "unit", "form", "startYear", "targetYear", "baselineValue",
            "baselineYear", "aspirational", "referenceZh", "referenceEn"));
    private static final String TARGET_COLUMNS = SCOPE_COLUMNS + ", k.plan_code, k.ordinal, k.title_zh, "
            + "x.comparator, x.value, x.unit_symbol, x.form, x.start_year, x.target_year, x.baseline_value, "
            + "x.baseline_year, x.aspirational, x.reference_zh, x.reference_en, " + CITATION_COLUMNS;

    static final List<String> OBSERVATION_HEADER = header(List.of("year", "periodZh", "startYear", "kind",
            "form", "comparator", "value", "unit", "changedFrom.comparator", "changedFrom.value", "changedFrom.unit"));
    private static final String OBSERVATION_COLUMNS = SCOPE_COLUMNS + ", x.year, x.period_zh, x.start_year, x.kind, "
            + "x.form, x.comparator, x.value, x.unit_symbol, x.from_comparator, x.from_value, x.from_unit_symbol, "
            + CITATION_COLUMNS;

    private final DataSource dataSource;
    private final FigureFilters filters;
    private final KpiService kpis;

    FigureExport(DataSource dataSource, FigureFilters filters, KpiService kpis) {
        this.dataSource = dataSource;
        this.filters = filters;
        this.kpis = kpis;
    }

    /**
     * The statement of the targets a filter keeps, in order. Filter and order are compiled here, before anything is
     * sent, so that an unknown code or a bad value is an error rather than a CSV cut short.
     */
    Sql targets(TargetFilter filter, List<TargetOrder> orderBy, int asOf) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC) : orderBy;
        var relation = FigureLists.targets(filters.targets(filter, asOf), kpis.references());
        return select("t", TARGET_COLUMNS, relation.from(), " LEFT JOIN task k ON k.id = x.task_id",
                relation.where(), FigureLists.targetOrder(order).order(false));
    }

    /** The statement of the figures a filter keeps, in order, with {@code mostRecent} as the GraphQL field has it. */
    Sql observations(ObservationFilter filter, List<ObservationOrder> orderBy, Integer mostRecent) {
        var order = orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC) : orderBy;
        var where = filters.observations(filter);
        var relation = FigureLists.observations(where, mostRecent, filters.wholeSeries(filter), kpis.references());
        return select("o", OBSERVATION_COLUMNS, relation.from(), "", relation.where(),
                FigureLists.observationOrder(order).order(false));
    }

    /**
     * Runs {@code sql} and hands {@code write} the CSV a chunk at a time: the byte order mark and the header first,
     * then about {@link #FETCH} rows a chunk. The rows come through a cursor (autocommit off and a fetch size), so
     * PostgreSQL sends them as they are read.
     */
    void write(Sql sql, List<String> header, Consumer<String> write) throws SQLException {
        var out = new StringBuilder(Csv.BYTE_ORDER_MARK);
        Csv.line(out, header);
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = sql.prepare(connection)) {
                statement.setFetchSize(FETCH);
                try (var rows = statement.executeQuery()) {
                    int columns = rows.getMetaData().getColumnCount();
                    var values = new ArrayList<>(columns);
                    int n = 0;
                    while (rows.next()) {
                        values.clear();
                        for (int c = 1; c <= columns; c++) {
                            values.add(rows.getObject(c));
                        }
                        Csv.line(out, values);
                        if (++n % FETCH == 0) {
                            write.accept(out.toString());
                            out.setLength(0);
                        }
                    }
                }
            } finally {
                connection.rollback();
            }
        }
        write.accept(out.toString());
    }

    /** The columns and joins are written over alias x, so that one list serves targets (t) and figures (o). */
    private static Sql select(String alias, String columns, Sql from, String joins, Sql where, String order) {
        return Sql.of("SELECT " + columns.replace("x.", alias + ".") + " FROM ").append(from,
                Sql.of(SCOPE_JOINS.replace("x.", alias + ".") + joins.replace("x.", alias + ".") + " WHERE "),
                where, Sql.of(" ORDER BY " + order));
    }

    private static List<String> header(List<String> own) {
        var all = new ArrayList<>(SCOPE_HEADER);
        all.addAll(own);
        all.addAll(CITATION_HEADER);
        return List.copyOf(all);
    }
}
