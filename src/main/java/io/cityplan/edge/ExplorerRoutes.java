package io.cityplan.edge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * The explorer's routes beside its static page ({@code META-INF/resources/explorer}): the site root opens it on the
 * example query and its variables (read from the URL, which also makes a query shareable), and
 * {@code /explorer/examples.json} lists the documented examples it offers. GraphiQL itself, React and their styles
 * come from SmallRye GraphQL's UI, served under {@code /explorer/graphiql/}; its own stock page there sends users to
 * cityplan's.
 */
@ApplicationScoped
public class ExplorerRoutes {

    static final String EXPLORER_PATH = "/explorer/";
    static final String GRAPHIQL_PATH = EXPLORER_PATH + "graphiql/";

    private final String examples;

    ExplorerRoutes(ObjectMapper json) throws JsonProcessingException {
        this.examples = json.writeValueAsString(Examples.read(json));
    }

    void route(@Observes Router router) {
        var location = EXPLORER_PATH + "?query=" + encode(Examples.resource("explorer/example.graphql"))
                + "&variables=" + encode(Examples.resource("explorer/example-variables.json").strip());
        router.get("/").handler(context -> context.redirect(location));
        router.get(EXPLORER_PATH + "examples.json").handler(context -> context.response()
                .putHeader("Content-Type", "application/json; charset=utf-8").end(examples));
        router.get(GRAPHIQL_PATH).order(-1).handler(context -> context.redirect(EXPLORER_PATH));
        router.get(GRAPHIQL_PATH + "index.html").order(-1).handler(context -> context.redirect(EXPLORER_PATH));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
