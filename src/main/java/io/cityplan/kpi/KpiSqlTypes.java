package io.cityplan.kpi;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Sql;
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

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Target", "target").table("Indicator", "indicator");
        schema.field("Query", "indicator", (scope, row, field) -> QueryCompiler.one(scope, "Indicator", field,
                indicator -> Sql.of(indicator + ".code = ?", QueryCompiler.code(field, "code"))));
        schema.field("Query", "targets", (scope, row, field) -> {
            if (QueryCompiler.argument(field, "filter") != null) {
                throw new NotCompilable("a target filter");
            }
            return SqlField.connection("Target", (target, parent) -> Sql.TRUE,
                    target -> ListOrder.of(FigureLists.targetOrder(order(field)).aliased("t", target)))
                    .compile(scope, row, field);
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
                .field("Target", "indicator", SqlField.one("Indicator", "code", "indicator_code"))
                .field("Target", "citation", SqlField.one("Citation", "id", "citation_id"))
                .field("Target", "region", SqlField.one("Region", "code", "region_code"))
                .field("Target", "park", SqlField.one("Park", "code", "park_code"))
                .field("Target", "task", SqlField.one("Task", "id", "task_id"));

        schema.field("Indicator", "id", SqlField.id("Indicator", "code"))
                .field("Indicator", "code", SqlField.column("code"))
                .field("Indicator", "nameZh", SqlField.column("name_zh"))
                .field("Indicator", "nameEn", SqlField.column("name_en"))
                .field("Indicator", "unit", SqlField.column("unit_symbol"))
                .field("Indicator", "category", SqlField.column("category"))
                .field("Indicator", "direction", SqlField.column("direction"))
                .field("Indicator", "targets", targets("indicator_code", "code"));

        schema.field("Task", "targets", targets("task_id", "id"));
        schema.field("Region", "targets", targets("region_code", "code"));
        schema.field("Park", "targets", targets("park_code", "code"));
    }

    /** A parent's targets: those whose {@code column} is the parent's {@code key}, by target year, then code. */
    private static SqlField targets(String column, String key) {
        return SqlField.connection("Target",
                (target, parent) -> Sql.of(target + "." + column + " = " + parent + "." + key),
                target -> ListOrder.of(FigureLists.TARGETS.aliased("t", target)));
    }

    /** The order a root list of targets asks for, by target year when none. */
    private static List<TargetOrder> order(graphql.normalized.ExecutableNormalizedField field) {
        var orderBy = (List<?>) QueryCompiler.argument(field, "orderBy");
        return orderBy == null || orderBy.isEmpty() ? List.of(TargetOrder.TARGET_YEAR_ASC)
                : orderBy.stream().map(o -> TargetOrder.valueOf(String.valueOf(o))).toList();
    }
}
