package io.cityplan.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Sends the site root to the GraphiQL explorer, opened on the example query and its variables. GraphiQL reads both
 * from the URL, which also makes the link shareable.
 */
@ApplicationScoped
public class ExplorerRedirect {

    static final String EXPLORER_PATH = "/explorer/";

    void route(@Observes Router router) {
        var location = EXPLORER_PATH + "?query=" + encode(resource("explorer/example.graphql"))
                + "&variables=" + encode(resource("explorer/example-variables.json").strip());
        router.get("/").handler(context -> context.redirect(location));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
