package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sends GraphQL documents with variables over HTTP, as a client would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** Posts the document and asserts a 200 without `errors`. */
    public static ValidatableResponse query(String document, Map<String, Object> variables) {
        return post(document, variables).statusCode(200).body("errors", nullValue());
    }

    public static ValidatableResponse query(String document) {
        return query(document, Map.of());
    }

    /** Posts the document and returns the response unchecked, for tests of failures. */
    public static ValidatableResponse post(String document, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", document, "variables", variables))
                .when().post("/graphql")
                .then().log().ifValidationFails();
    }

    /** A document from {@code src/test/resources/graphql} or another classpath location. */
    public static String resource(String path) {
        try (InputStream in = GraphQLClient.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
