package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.DirectiveType;
import io.smallrye.graphql.schema.model.Schema;

@QuarkusTest
class SchemaCleanupTest {

    @Inject
    Schema smallRyeSchema;

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
        var declared = smallRyeSchema.getDirectiveTypes().stream()
                .collect(Collectors.toMap(DirectiveType::getName, d -> d));
        assertTrue(declared.keySet().containsAll(SchemaCleanup.UNUSED_DIRECTIVES), declared.keySet().toString());
        assertTrue(declared.get("constraint").getArgumentTypes().stream()
                .anyMatch(argument -> "BigInteger".equals(argument.getReference().getName())));
    }
}
