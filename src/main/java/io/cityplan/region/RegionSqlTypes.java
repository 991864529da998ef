package io.cityplan.region;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.execution.SqlField;
import io.cityplan.execution.SqlSchema;
import io.cityplan.execution.SqlTypes;

/** Regions as {@link io.cityplan.execution.QueryCompiler} reads them: the same fields as {@link RegionGraphQLApi}. */
@ApplicationScoped
class RegionSqlTypes implements SqlTypes {

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Region", "region");
        schema.field("Query", "region", SqlField.byCode("Region"));
        schema.field("Region", "id", SqlField.id("Region", "code")).field("Region", "code", SqlField.column("code"))
                .field("Region", "nameZh", SqlField.column("name_zh"))
                .field("Region", "nameEn", SqlField.column("name_en"))
                .field("Region", "shortNameZh", SqlField.column("short_name_zh"))
                .field("Region", "kind", SqlField.column("kind"))
                .field("Region", "parent", SqlField.one("Region", "code", "parent_code"))
                .field("Region", "citation", SqlField.lookup("Citation", "id", "citation_id"));
    }
}
