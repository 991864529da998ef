package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A dashboard subscribed over graphql-transport-ws hears of each figure and target an editor records, corrects or
 * retracts, as
 * it commits, filtered by indicator and region; also of a change another instance makes, which it hears of only
 * through PostgreSQL (a notice on the channel, sent here as another instance would).
 */
@QuarkusTest
class FigureSubscriptionTest {

    private static final String SUBSCRIPTION = """
            subscription ($indicators: [String!], $region: String) {
              figureChanged(indicators: $indicators, region: $region) {
                subject code change { action version actor } observation { value region { code } }
                target { value targetYear } indicator { code }
              }
            }""";

    @TestHTTPResource("/graphql")
    URI endpoint;
    @Inject
    DataSource dataSource;
    @Inject
    EditorsRowsCleanup cleanup;
    @Inject
    ChangeNotices notices;

    @AfterEach
    void removeEditorsRows() throws SQLException {
        cleanup.removeAll();
    }

    @Test
    void tellsSubscribersOfEachChangeTheirFilterKeeps() throws Exception {
        var document = FigureEditingTest.registerDocument("li.na");
        try (var pm25 = GraphQLSubscriber.open(endpoint, SUBSCRIPTION,
                Map.of("indicators", List.of("pm25-concentration"),
                        "region", "130100"));
                var gdp = GraphQLSubscriber.open(endpoint, SUBSCRIPTION, Map.of("indicators",
                        List.of("gdp")))) {
            String code = send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                    "observation", FigureEditingTest.pm25(document, "49")))).statusCode(200).extract()
                    .path("data.recordObservation.code");

            var recorded = pm25.next();
            assertEquals(code, recorded.getString("code"));
            assertEquals("RECORDED", recorded.getJsonObject("change").getString("action"));
            assertEquals("li.na", recorded.getJsonObject("change").getString("actor"));
            assertEquals(49, recorded.getJsonObject("observation").getInt("value"));

            send(token("zhao.lei", "admin"), FigureEditingTest.RETRACT, Map.of("input", Map.of("code", code,
                    "version", 1, "reason", "Recorded twice."))).statusCode(200);
            var retracted = pm25.next();
            assertEquals("RETRACTED", retracted.getJsonObject("change").getString("action"));
            assertTrue(retracted.isNull("observation"));
            assertEquals("pm25-concentration", retracted.getJsonObject("indicator").getString("code"));

            assertNull(gdp.poll(1), "a subscriber of another indicator hears nothing");
        }
    }

    @Test
    void tellsOfATargetSet() throws Exception {
        var document = FigureEditingTest.registerDocument("li.na");
        try (var streets = GraphQLSubscriber.open(endpoint, SUBSCRIPTION, Map.of("indicators",
                List.of("back-streets-renovated"), "region", "130100"))) {
            String code = send(token("li.na", "editor"), TargetEditingTest.RECORD, Map.of("input", Map.of("target",
                    TargetEditingTest.streets(document, "1000")))).statusCode(200).extract()
                    .path("data.recordTarget.code");
            var set = streets.next();
            assertEquals("TARGET", set.getString("subject"));
            assertEquals(code, set.getString("code"));
            assertEquals(1000, set.getJsonObject("target").getInt("value"));
            assertTrue(set.isNull("observation"));
        }
    }

    @Test
    void tellsOfAChangeAnotherInstanceMade() throws Exception {
        var document = FigureEditingTest.registerDocument("li.na");
        try (var all = GraphQLSubscriber.open(endpoint, SUBSCRIPTION, Map.of())) {
            // The subscription is in place once it hears of this figure.
            String code = send(token("li.na", "editor"), FigureEditingTest.RECORD, Map.of("input", Map.of(
                    "observation", FigureEditingTest.pm25(document, "50")))).statusCode(200).extract()
                    .path("data.recordObservation.code");
            assertEquals(code, all.next().getString("code"));
            // Another instance's correction, as it writes it: the row, its change, and the notice, in one transaction.
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute("UPDATE observation SET value = 51, version = 2 WHERE code = '" + code + "'");
                statement.execute("INSERT INTO figure_change (subject, code, action, version, actor, reason) "
                        + "VALUES ('OBSERVATION', '" + code + "', 'CORRECTED', 2, 'wang.fang', 'elsewhere')");
                statement.execute("SELECT pg_notify('" + ChangeNotices.CHANNEL + "', '{\"subject\":\"OBSERVATION\","
                        + "\"code\":\"" + code + "\",\"action\":\"CORRECTED\",\"version\":2,"
                        + "\"indicator\":\"pm25-concentration\",\"scope\":\"R130100\"}')");
                connection.commit();
            }
            var corrected = all.next();
            assertEquals("CORRECTED", corrected.getJsonObject("change").getString("action"));
            assertEquals("wang.fang", corrected.getJsonObject("change").getString("actor"));
            assertEquals(51, corrected.getJsonObject("observation").getInt("value"));
        }
        assertTrue(notices.listening());
    }

    /** Queries and mutations go over HTTP, where the request is checked as every request is. */
    @Test
    void runsOnlySubscriptionsOverTheSocket() throws Exception {
        for (var operation : List.of("{ indicator(code: \"gdp\") { code } }",
                "mutation { retractObservation(input: {code: \"x\", version: 1, reason: \"r\"}) { action } }")) {
            try (var socket = GraphQLSubscriber.open(endpoint, operation, Map.of())) {
                var message = socket.message();
                assertEquals("error", message.getString("type"), message.toString());
                assertEquals("SUBSCRIPTIONS_ONLY", message.getJsonArray("payload").getJsonObject(0)
                        .getJsonObject("extensions").getString("code"));
            }
        }
    }

    @Test
    void refusesASubscriptionToAnUnknownRegion() throws Exception {
        try (var unknown = GraphQLSubscriber.open(endpoint, SUBSCRIPTION, Map.of("region", "999999"))) {
            var message = unknown.message();
            assertEquals("error", message.getString("type"), message.toString());
            assertEquals("UNKNOWN_CODE", message.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions")
                    .getString("code"));
        }
    }
}
