package io.cityplan.park;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.execution.SqlField;
import io.cityplan.execution.SqlSchema;
import io.cityplan.execution.SqlTypes;

/** Parks as {@link io.cityplan.execution.QueryCompiler} reads them: the same fields as {@link ParkGraphQLApi}. */
@ApplicationScoped
class ParkSqlTypes implements SqlTypes {

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Park", "park");
        schema.field("Query", "park", SqlField.byCode("Park"));
        schema.field("Park", "id", SqlField.id("Park", "code")).field("Park", "code", SqlField.column("code"))
                .field("Park", "nameZh", SqlField.column("name_zh")).field("Park", "nameEn", SqlField.column("name_en"))
                .field("Park", "kind", SqlField.column("kind")).field("Park", "level", SqlField.column("level"))
                .field("Park", "region", SqlField.one("Region", "code", "region_code"))
                .field("Park", "citation", SqlField.lookup("Citation", "id", "citation_id"));
    }
}
