package io.cityplan.editing;

import static io.cityplan.editing.EditorTokens.send;
import static io.cityplan.editing.EditorTokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * A server with no key to verify editors' tokens takes no changes, says so, and answers reads as ever: the packaged
 * application (the jar, or the native executable in a -Dnative build) as it starts without configuration.
 */
@QuarkusIntegrationTest
class EditingDisabledIT {

    @Test
    void refusesEveryChangeAndSaysWhy() {
        for (var bearer : new String[] { null, token("li.na", "editor", "admin") }) {
            send(bearer, FigureEditingTest.RECORD, Map.of("input", Map.of("observation",
                    FigureEditingTest.pm25("sjz-capital-plan-2021", "49")))).statusCode(200)
                    .body("data", nullValue()).body("errors[0].extensions.code", equalTo("EDITING_DISABLED"))
                    .body("errors[0].message", containsString("mp.jwt.verify.publickey.location"));
        }
        send(null, "{ indicator(code: \"gdp\") { code } }", Map.of()).statusCode(200).body("errors", nullValue())
                .body("data.indicator.code", equalTo("gdp"));
    }
}
