package io.cityplan.plan;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.common.Sql;
import io.cityplan.execution.FieldArguments;
import io.cityplan.execution.QueryCompiler;
import io.cityplan.execution.QueryCompiler.ListOrder;
import io.cityplan.execution.SqlField;
import io.cityplan.execution.SqlSchema;
import io.cityplan.execution.SqlTypes;

/** Plans, programmes and tasks as {@link QueryCompiler} reads them: the same fields as {@link PlanGraphQLApi}. */
@ApplicationScoped
class PlanSqlTypes implements SqlTypes {

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Plan", "plan").table("Programme", "programme").table("Task", "task");
        schema.field("Query", "plan", SqlField.byCode("Plan"));
        schema.field("Query", "task", (scope, row, field) -> QueryCompiler.one(scope, "Task", field,
                task -> Sql.of(task + ".plan_code = ? AND " + task + ".ordinal = ?",
                        FieldArguments.code(field, "plan"), FieldArguments.integer(field, "ordinal"))));

        schema.field("Plan", "id", SqlField.id("Plan", "code")).field("Plan", "code", SqlField.column("code"))
                .field("Plan", "titleZh", SqlField.column("title_zh"))
                .field("Plan", "titleEn", SqlField.column("title_en"))
                .field("Plan", "issuerZh", SqlField.column("issuer_zh"))
                .field("Plan", "issuerEn", SqlField.column("issuer_en")).field("Plan", "year", SqlField.column("year"))
                .field("Plan", "summaryZh", SqlField.column("summary_zh"))
                .field("Plan", "summaryEn", SqlField.column("summary_en"))
                .field("Plan", "region", SqlField.one("Region", "code", "region_code"))
                .field("Plan", "citation", SqlField.lookup("Citation", "id", "citation_id"))
                .field("Plan", "programmes", SqlField.list("Programme",
                        (programme, plan) -> programme + ".plan_code = " + plan + ".code",
                        programme -> programme + ".ordinal"))
                .field("Plan", "tasks", tasks(".plan_code", ".code"));

        schema.field("Programme", "id", SqlField.id("Programme", "id"))
                .field("Programme", "ordinal", SqlField.column("ordinal"))
                .field("Programme", "nameZh", SqlField.column("name_zh"))
                .field("Programme", "nameEn", SqlField.column("name_en"))
                .field("Programme", "aimZh", SqlField.column("aim_zh"))
                .field("Programme", "aimEn", SqlField.column("aim_en"))
                .field("Programme", "citation", SqlField.lookup("Citation", "id", "citation_id"))
                .field("Programme", "plan", SqlField.one("Plan", "code", "plan_code"))
                .field("Programme", "tasks", tasks(".programme_id", ".id"));

        schema.field("Task", "id", SqlField.id("Task", "id")).field("Task", "ordinal", SqlField.column("ordinal"))
                .field("Task", "titleZh", SqlField.column("title_zh"))
                .field("Task", "titleEn", SqlField.column("title_en"))
                .field("Task", "summaryZh", SqlField.column("summary_zh"))
                .field("Task", "summaryEn", SqlField.column("summary_en"))
                .field("Task", "citation", SqlField.lookup("Citation", "id", "citation_id"))
                .field("Task", "plan", SqlField.one("Plan", "code", "plan_code"))
                .field("Task", "programme", SqlField.one("Programme", "id", "programme_id"));
    }

    /** The tasks whose {@code column} is the parent's {@code key}, in {@link Task#sortKey}'s order. */
    private static SqlField tasks(String column, String key) {
        return SqlField.connection("Task", (task, parent) -> Sql.of(task + column + " = " + parent + key),
                task -> ListOrder.byKey("Task",
                        task + ".plan_code || '|' || lpad(" + task + ".ordinal::text, 10, '0') || '|'"));
    }
}
