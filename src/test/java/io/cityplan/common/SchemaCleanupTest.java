package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SchemaCleanupTest {

    @Test
    void declaresNoScalarThatNoFieldUses() {
        query("{ bigInteger: __type(name: \"BigInteger\") { name } __schema { directives { name } } }")
                .body("errors", nullValue()).body("data.bigInteger", nullValue())
                .body("data.__schema.directives.name", hasItems("include", "skip", "deprecated", "specifiedBy"))
                .body("data.__schema.directives.name", not(hasItems("constraint")))
                .body("data.__schema.directives.name", not(hasItems("rolesAllowed")));
    }

    /**
     * The canary of {@link SchemaCleanup}: SmallRye GraphQL 2.17 declares @constraint (with BigInteger arguments) and
     *
     * @rolesAllowed in every schema. Once this fails, SmallRye no longer does, and SchemaCleanup can go.
     */
    @Test
    void smallRyeStillDeclaresDirectivesNothingApplies() {
        assertEquals(List.of("constraint", "rolesAllowed"), SchemaCleanup.removed());
    }
}
