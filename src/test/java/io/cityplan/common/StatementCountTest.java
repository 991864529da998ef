package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Nested queries cost one SQL statement per relationship field, however many rows each level returns: every
 * relationship is a batch. A query whose every field compiles costs one statement in all. The counts are Hibernate's
 * prepared statements for one request.
 */
@QuarkusTest
class StatementCountTest {

    private static final String REGIONS = """
            query Regions($kind: RegionKind) {
              regions(kind: $kind) {
                code parent { code } children { code } parks { nodes { code } } tasks { nodes { ordinal } }
                targets { nodes { code indicator { code } citation { quote } } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;
    @Inject
    MeterRegistry registry;

    @Test
    void exampleQueryTakesOneStatement() {
        var count = statements(GraphQLClient.resource("explorer/example.graphql"),
                Map.of("plan", "sjz-capital-plan-2021"));
        // every field of it compiles into one statement (io.cityplan.execution.QueryCompiler)
        assertEquals(1, count);
    }

    @Test
    void allRegionsCostOneStatementPerRelationshipField() {
        var all = statements(REGIONS, Map.of());
        // 27 regions: parks, targets with their citations; regions, tasks, their links and indicators are held in
        // memory
        assertEquals(2, all);
        // Fewer rows never cost more; levels that come back empty cost nothing below them.
        assertTrue(statements(REGIONS, Map.of("kind", "COUNTY_LEVEL_CITY")) <= all);
    }

    @Test
    void taskLinksAreHeldInMemory() {
        var document = """
                query Tasks($plan: String!) {
                  plan(code: $plan) { tasks(first: 45) { nodes { regions { code } parks(first: 10) { nodes { code tasks(first: 10) {
                    nodes { ordinal } } } } } } }
                }""";
        var one = statements(
                """
                        query Task($plan: String!) { task(plan: $plan, ordinal: 23) { regions { code } parks { nodes { code tasks { nodes {
                        ordinal } } } } } }""",
                Map.of("plan", "sjz-capital-plan-2021"));
        var all = statements(document, Map.of("plan", "sjz-capital-plan-2021"));
        // tasks, their links to regions and parks, and the parks themselves change only with the dataset
        assertEquals(0, one);
        assertEquals(0, all);
    }

    private long statements(String document, Map<String, Object> variables) {
        var count = Statements.during(sessionFactory, registry, () -> query(document, variables));
        Log.infof("%d statements for %s", count, document.lines().findFirst().orElse(""));
        return count;
    }
}
