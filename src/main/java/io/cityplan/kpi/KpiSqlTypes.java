package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.cityplan.common.Sql;
import io.cityplan.execution.ConnectionSql;
import io.cityplan.execution.FieldArguments;
import io.cityplan.execution.NotCompilable;
import io.cityplan.execution.QueryCompiler;
import io.cityplan.execution.QueryCompiler.ListOrder;
import io.cityplan.execution.SqlField;
import io.cityplan.execution.SqlSchema;
import io.cityplan.execution.SqlTypes;

/**
 * Indicators and targets as {@link QueryCompiler} reads them: the same fields as {@link KpiGraphQLApi} and
 * {@link FigureGraphQLApi}, in the same orders ({@link FigureLists}).
 */
@ApplicationScoped
class KpiSqlTypes implements SqlTypes {

    private final FigureFilters filters;
    /** Turns an input object's arguments into its record, as SmallRye GraphQL does: with JSON-B. */
    private final Jsonb jsonb = JsonbBuilder.create();

    KpiSqlTypes(FigureFilters filters) {
        this.filters = filters;
    }

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Target", "target").table("Indicator", "indicator").table("Observation", "observation");
        schema.field("Query", "indicator", SqlField.byCode("Indicator"));
        // Root lists read the rows of alias t (o), over which FigureFilters writes its predicates.
        schema.field("Query", "targets", (scope, row, field) -> {
            var filter = input(field, TargetFilter.class);
            return ConnectionSql.connection(scope, "Target", field, "target",
                    filters.targets(filter, KpiGraphQLApi.asOfOrThisYear(FieldArguments.integer(field, "asOf"))), "t",
                    ListOrder.of(FigureLists.targetOrder(order(field))), filter == null ? null : "code");
        });

        schema.field("Target", "id", SqlField.id("Target", "code")).field("Target", "code", SqlField.column("code"))
                .field("Target", "comparator", SqlField.column("comparator"))
                .field("Target", "form", SqlField.column("form")).field("Target", "value", SqlField.column("value"))
                .field("Target", "unit", SqlField.column("unit_symbol"))
                .field("Target", "startYear", SqlField.column("start_year"))
                .field("Target", "targetYear", SqlField.column("target_year"))
                .field("Target", "baselineValue", SqlField.column("baseline_value"))
                .field("Target", "baselineYear", SqlField.column("baseline_year"))
                .field("Target", "referenceZh", SqlField.column("reference_zh"))
                .field("Target", "referenceEn", SqlField.column("reference_en"))
                .field("Target", "aspirational", SqlField.column("aspirational"))
                .field("Target", "note", SqlField.column("note"))
                .field("Target", "version", SqlField.column("version"))
                .field("Target", "origin", SqlField.column("origin"))
                .field("Target", "indicator", SqlField.one("Indicator", "code", "indicator_code"))
                .field("Target", "citation", SqlField.lookup("Citation", "id", "citation_id"))
                .field("Target", "region", SqlField.one("Region", "code", "region_code"))
                .field("Target", "park", SqlField.one("Park", "code", "park_code"))
                .field("Target", "task", SqlField.one("Task", "id", "task_id"));

        schema.field("Query", "observations", (scope, row, field) -> {
            if (FieldArguments.argument(field, "mostRecent") != null) {
                throw new NotCompilable("the most recent years of figures");
            }
            var filter = input(field, ObservationFilter.class);
            return ConnectionSql.connection(scope, "Observation", field, "observation", filters.observations(filter),
                    "o", ListOrder.of(FigureLists.observationOrder(observationOrder(field))),
                    filter == null ? null : "code", filters.bySeriesYear(filter)
                            ? new ConnectionSql.Count("series_year", FigureLists.SERIES_YEAR_COUNT)
                            : ConnectionSql.Count.rows("observation"));
        });
        schema.field("Observation", "id", SqlField.id("Observation", "code"))
                .field("Observation", "code", SqlField.column("code"))
                .field("Observation", "year", SqlField.column("year"))
                .field("Observation", "startYear", SqlField.column("start_year"))
                .field("Observation", "periodZh", SqlField.column("period_zh"))
                .field("Observation", "kind", SqlField.column("kind"))
                .field("Observation", "comparator", SqlField.column("comparator"))
                .field("Observation", "form", SqlField.column("form"))
                .field("Observation", "value", SqlField.column("value"))
                .field("Observation", "unit", SqlField.column("unit_symbol"))
                .field("Observation", "note", SqlField.column("note"))
                .field("Observation", "version", SqlField.column("version"))
                .field("Observation", "origin", SqlField.column("origin"))
                .field("Observation", "indicator", SqlField.one("Indicator", "code", "indicator_code"))
                .field("Observation", "citation", SqlField.lookup("Citation", "id", "citation_id"))
                .field("Observation", "region", SqlField.one("Region", "code", "region_code"))
                .field("Observation", "park", SqlField.one("Park", "code", "park_code"));

        schema.field("Indicator", "id", SqlField.id("Indicator", "code"))
                .field("Indicator", "code", SqlField.column("code"))
                .field("Indicator", "nameZh", SqlField.column("name_zh"))
                .field("Indicator", "nameEn", SqlField.column("name_en"))
                .field("Indicator", "unit", SqlField.column("unit_symbol"))
                .field("Indicator", "category", SqlField.column("category"))
                .field("Indicator", "direction", SqlField.column("direction"))
                .field("Indicator", "targets", targets("indicator_code", "code"))
                .field("Indicator", "observations", observations("indicator_code"));

        schema.field("Task", "targets", targets("task_id", "id"));
        schema.field("Region", "targets", targets("region_code", "code"))
                .field("Region", "observations", observations("region_code"));
        schema.field("Park", "targets", targets("park_code", "code"))
                .field("Park", "observations", observations("park_code"));
    }

    /** A parent's figures: those whose {@code column} is the parent's code, by year, then code. */
    private static SqlField observations(String column) {
        var connection = SqlField.connection("Observation",
                (observation, parent) -> Sql.of(observation + "." + column + " = " + parent + ".code"),
                observation -> ListOrder.of(FigureLists.OBSERVATIONS.aliased("o", observation)));
        return (scope, row, field) -> {
            if (FieldArguments.argument(field, "mostRecent") != null) {
                throw new NotCompilable("the most recent years of figures");
            }
            return connection.compile(scope, row, field);
        };
    }

    /** A parent's targets: those whose {@code column} is the parent's {@code key}, by target year, then code. */
    private static SqlField targets(String column, String key) {
        return SqlField.connection("Target",
                (target, parent) -> Sql.of(target + "." + column + " = " + parent + "." + key),
                target -> ListOrder.of(FigureLists.TARGETS.aliased("t", target)));
    }

    /** The record of an input-object argument {@code filter}, or null when not given. */
    private <T> T input(graphql.normalized.ExecutableNormalizedField field, Class<T> type) {
        var value = FieldArguments.argument(field, "filter");
        return value == null ? null : jsonb.fromJson(jsonb.toJson(value), type);
    }

    /** The order a root list of figures asks for, by year when none. */
    private static List<ObservationOrder> observationOrder(graphql.normalized.ExecutableNormalizedField field) {
        var orderBy = (List<?>) FieldArguments.argument(field, "orderBy");
        return orderBy == null || orderBy.isEmpty() ? List.of(ObservationOrder.YEAR_ASC)
                : orderBy.stream().map(o -> ObservationOrder.valueOf(String.valueOf(o))).toList();
    }

    /** The order a root list of targets asks for, by target year when none. */
    private static List<TargetOrder> order(graphql.normalized.ExecutableNormalizedField field) {
        var orderBy = (List<?>) FieldArguments.argument(field, "orderBy");
        return orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC)
                : orderBy.stream().map(o -> TargetOrder.valueOf(String.valueOf(o))).toList();
    }
}
