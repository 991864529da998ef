package io.cityplan.common;

import static io.cityplan.common.GraphQLClient.query;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

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
    void explorerPageLoadsOnlyItsOwnAssets() {
        var page = given().get("/explorer/").then().statusCode(200)
                .body(containsString("graphiql")).extract().asString();
        var live = page.replaceAll("(?s)<!--.*?-->", "");
        var assets = ASSET.matcher(live).results().map(m -> m.group(1)).toList();
        assertTrue(assets.size() >= 4, "scripts and styles: " + assets);
        for (var asset : assets) {
            assertTrue(!asset.contains("//"), "asset from another host: " + asset);
            given().get("/explorer/" + asset).then().statusCode(200);
        }
        given().get("/explorer/render.js").then().statusCode(200).body(not(containsString("unpkg.com/graphiql")));
    }

    @Test
    void exampleQueryReturnsTheNineProgrammes() {
        query(GraphQLClient.resource("explorer/example.graphql"), Map.of("plan", "sjz-capital-plan-2021"))
                .body("data.plan.programmes", hasSize(9))
                .body("data.plan.programmes[1].tasks.nodes[3].targets.nodes[0].unit", equalTo("万亿元"));
    }
}
