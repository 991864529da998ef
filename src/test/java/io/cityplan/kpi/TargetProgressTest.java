package io.cityplan.kpi;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.cityplan.common.GlobalId;
import io.quarkus.test.junit.QuarkusTest;

/** The server judges each target against the figures the documents report for it. */
@QuarkusTest
class TargetProgressTest {

    private static final String PROGRESS = """
            query Progress($id: ID!, $asOf: Int) {
              node(id: $id) {
                ... on Target {
                  code
                  progress(asOf: $asOf) {
                    status asOf latestValue latest { code year kind }
                    outlook { meets value figure { code kind } }
                  }
                }
              }
            }""";

    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            qx-land-transfer-2021         | 2026 | NO_DATA  | -                              | -    | -                         | -
            t27-air-quality-rank-2021     | 2026 | NO_DATA  | -                              | -    | ewc-air-quality-rank-2021 | true
            ewc-air-quality-rank-2022     | 2026 | NO_DATA  | -                              | -    | ewc-air-quality-rank-2021 | true
            ewc-air-quality-rank-2022     | 2021 | NOT_DUE  | -                              | -    | ewc-air-quality-rank-2021 | true
            etdz-planned-investment-2024  | 2026 | NO_DATA  | etdz-completed-investment-2024 | 34.2 | -                         | -
            etdz-planned-investment-2024  | 2023 | NOT_DUE  | -                              | -    | -                         | -
            t27-air-quality-rank-2021     | 2020 | NOT_DUE  | -                              | -    | -                         | -
            """)
    void judgesTheTargetFromTheLatestActualFigureForItsIndicatorAndScope(String target, int asOf, String status,
            String latest, String latestValue, String outlook, Boolean outlookMeets) {
        var response = query(PROGRESS, Map.of("id", GlobalId.of("Target", target), "asOf", asOf))
                .body("data.node.code", equalTo(target))
                .body("data.node.progress.status", equalTo(status))
                .body("data.node.progress.asOf", equalTo(asOf));
        if (latest == null) {
            response.body("data.node.progress.latest", nullValue());
        } else {
            response.body("data.node.progress.latest.code", equalTo(latest))
                    .body("data.node.progress.latestValue.toString()", equalTo(latestValue));
        }
        if (outlook == null) {
            response.body("data.node.progress.outlook", nullValue());
        } else {
            response.body("data.node.progress.outlook.figure.code", equalTo(outlook))
                    .body("data.node.progress.outlook.figure.kind", equalTo("EXPECTED"))
                    .body("data.node.progress.outlook.meets", equalTo(outlookMeets));
        }
    }
}
