package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The whole of an editor's change against the packaged application (the jar, or the native executable in a -Dnative
 * build) started with a key, as an operator starts it: a dashboard subscribes, an editor records a 2025 figure with its
 * source, the dashboard hears of it, the target it judges changes status, the figure's history shows the change, an
 * anonymous client cannot write, and an admin retracts it.
 */
@QuarkusIntegrationTest
@TestProfile(EditingIT.WithEditorsKey.class)
class EditingIT {

    /**
     * The test key pair's public half, and an embedded database of its own beside the tests' in the temporary
     * directory, which the unprivileged user the database runs as can reach (it may not reach a checkout's target/).
     */
    public static class WithEditorsKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location",
                    Path.of("src/test/resources/editing/test-public.pem").toAbsolutePath().toString(),
                    "mp.jwt.verify.issuer", EditorTokens.ISSUER,
                    "cityplan.embedded-postgres.dir", Path.of(System.getProperty("java.io.tmpdir"),
                            "cityplan-" + System.getProperty("user.name") + "-editing-it").toString());
        }
    }

    private static final String PM25 = """
            query Pm25($code: String!) {
              targets(filter: {indicators: ["pm25-concentration"], region: "130100", targetYear: {from: 2025, to: 2025}}) {
                nodes { code progress(asOf: 2025) { status } }
              }
              observationHistory(code: $code) { action actor }
            }""";
    private static final String SUBSCRIPTION = """
            subscription ($indicators: [String!]) {
              figureChanged(indicators: $indicators) { code change { action actor } observation { value } }
            }""";

    @TestHTTPResource("/graphql")
    URI endpoint;

    @Test
    void anEditorsFigureReachesADashboardAndJudgesItsTarget() throws Exception {
        var document = FigureEditingTest.registerDocument("li.na");
        try (var dashboard = GraphQLSubscriber.open(endpoint, SUBSCRIPTION,
                Map.of("indicators", List.of("pm25-concentration")))) {
            send(null, FigureEditingTest.RECORD, Map.of("input", Map.of("observation",
                    FigureEditingTest.pm25(document, "49")))).statusCode(200)
                    .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));

            String code = send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                    "observation", FigureEditingTest.pm25(document, "49")))).statusCode(200)
                    .body("errors", nullValue()).extract().path("data.recordObservation.code");

            var heard = dashboard.next();
            assertEquals(code, heard.getString("code"));
            assertEquals("li.na", heard.getJsonObject("change").getString("actor"));
            assertEquals(49, heard.getJsonObject("observation").getInt("value"));
            send(null, PM25, Map.of("code", code)).statusCode(200).body("errors", nullValue())
                    .body("data.targets.nodes[0].progress.status", equalTo("ACHIEVED"))
                    .body("data.observationHistory.actor", contains("li.na"));

            send(token("zhao.lei", "admin"), FigureEditingTest.RETRACT, Map.of("input", Map.of("code", code,
                    "version", 1, "reason", "A trial."))).statusCode(200).body("errors", nullValue());
            assertEquals("RETRACTED", dashboard.next().getJsonObject("change").getString("action"));
            send(null, PM25, Map.of("code", code)).statusCode(200)
                    .body("data.targets.nodes[0].progress.status", equalTo("NO_DATA"))
                    .body("data.observationHistory.action", contains("RECORDED", "RETRACTED"));
        }
    }

    @Test
    void anEditorSetsATargetThatIsJudgedAtOnce() {
        var document = FigureEditingTest.registerDocument("li.na");
        String code = send(token("li.na", "editor"), TargetEditingTest.RECORD, Map.of("input", Map.of("target",
                TargetEditingTest.streets(document, "1000")))).statusCode(200).body("errors", nullValue())
                .body("data.recordTarget.progress.status", equalTo("ACHIEVED")).extract()
                .path("data.recordTarget.code");
        send(token("zhao.lei", "admin"), TargetEditingTest.RETRACT, Map.of("input", Map.of("code", code,
                "version", 1, "reason", "A trial."))).statusCode(200).body("errors", nullValue())
                .body("data.retractTarget.action", equalTo("RETRACTED"));
    }
}
