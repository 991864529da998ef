package io.cityplan.edge;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.cityplan.common.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ExplorerTest {

    private static final Pattern ASSET = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    @Test
    void siteRootOpensTheExplorerOnTheExampleQuery() {
        var location = given().redirects().follow(false).get("/").then().statusCode(302)
                .header("Location", startsWith("/explorer/?query=")).extract().header("Location");
        var parameters = Arrays.stream(URI.create(location).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        assertEquals(GraphQLClient.resource("explorer/example.graphql"), parameters.get("query"));
        assertTrue(parameters.get("variables").contains("sjz-capital-plan-2021"), parameters.get("variables"));
    }

    @Test
    void explorerPageIsCityplansAndLoadsOnlyItsOwnAssets() {
        var page = given().get("/explorer/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("<title>cityplan explorer")).body(containsString("cityplan-explorer.js"))
                .extract().asString();
        var assets = ASSET.matcher(page).results().map(m -> m.group(1)).toList();
        assertTrue(assets.size() >= 10, "scripts and styles: " + assets);
        for (var asset : assets) {
            assertFalse(asset.contains("//"), "asset from another host: " + asset);
            var path = asset.startsWith("/") ? asset : "/explorer/" + asset;
            given().get(path).then().statusCode(200);
        }
    }

    @Test
    void stockGraphiqlPageSendsUsersToCityplansExplorer() {
        for (var path : List.of("/explorer/graphiql/", "/explorer/graphiql/index.html")) {
            given().redirects().follow(false).get(path).then().statusCode(302)
                    .header("Location", endsWith("/explorer/"));
        }
    }

    @Test
    void listsEveryDocumentedExampleWithItsTitleQueryAndVariables() {
        var files = Examples.resource(Examples.FOLDER + "index.txt").lines().filter(l -> !l.isBlank()).toList();
        given().get("/explorer/examples.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("", hasSize(files.size()))
                .body("file", equalTo(files))
                .body("[4].title", equalTo("What did 藁城区 (and the development zone within it) report for 2020?"))
                .body("[4].query", startsWith("# What did 藁城区"))
                .body("[4].query", containsString("query GaochengIn2020($filter: ObservationFilter)"))
                .body("[4].query", not(containsString("# variables:")))
                .body("[4].variables.filter.region", equalTo("130109"))
                .body("[4].variables.filter.year.from", equalTo(2020));
    }

    @Test
    void exampleQueryReturnsTheNineProgrammes() {
        query(GraphQLClient.resource("explorer/example.graphql"), Map.of("plan", "sjz-capital-plan-2021"))
                .body("errors", nullValue())
                .body("data.plan.programmes", hasSize(9))
                .body("data.plan.programmes[1].tasks.nodes[3].targets.nodes[0].unit", equalTo("万亿元"));
    }
}
