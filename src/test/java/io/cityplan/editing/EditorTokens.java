package io.cityplan.editing;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/**
 * Editors' bearer tokens, minted as an identity provider would with the test key pair (src/test/resources/editing;
 * the test profile verifies with its public key), and requests sent with them.
 */
public final class EditorTokens {

    static final String ISSUER = "https://editors.cityplan.test";
    static final String KEY = "editing/test-private.pem";

    private EditorTokens() {
    }

    /** A token for {@code name} with {@code roles}, valid for five minutes. */
    public static String token(String name, String... roles) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(roles)).expiresIn(300).sign(KEY);
    }

    /** A token that expired an hour ago. */
    static String expired(String name, String... roles) {
        var past = Instant.now().minusSeconds(3600);
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(roles)).issuedAt(past.minusSeconds(300)).expiresAt(past)
                .sign(KEY);
    }

    /** A token signed with a key the server does not know. */
    static String signedByAnother(String name, String... roles) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(roles)).expiresIn(300).sign("editing/other-private.pem");
    }

    /** A token of the right key from another issuer. */
    static String otherIssuer(String name, String... roles) {
        return Jwt.issuer("https://elsewhere.test").upn(name).groups(Set.of(roles)).expiresIn(300).sign(KEY);
    }

    /** An unsigned token ("alg": "none") claiming the roles. */
    static String unsigned(String name, String... roles) {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        var header = encoder.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        var now = Instant.now().getEpochSecond();
        var payload = encoder.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"upn\":\"" + name + "\",\"groups\":[\""
                + String.join("\",\"", roles) + "\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    /** Posts the document with the bearer token (none when null) and returns the response unchecked. */
    public static ValidatableResponse send(String token, String document, Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", document, "variables", variables));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then().log().ifValidationFails();
    }

    /** A name no other test uses. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
