package io.cityplan.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.restassured.RestAssured;

/** One subscription to figureChanged over its own graphql-transport-ws connection, as a dashboard's client opens it. */
public final class GraphQLSubscriber implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private URI endpoint;
    /** The subscriptions the server counted once this one was in place; 0 when it never was. */
    private int counted;

    /**
     * Subscribes, and returns once the server counts the subscription (gauge cityplan.subscriptions): a change made
     * before then could go untold, since the server attaches a subscription after answering the connection.
     */
    public static GraphQLSubscriber open(URI endpoint, String subscription, Map<String, Object> variables)
            throws Exception {
        int before = subscriptions(endpoint);
        var subscriber = new GraphQLSubscriber();
        var uri = URI.create(endpoint.toString().replaceFirst("^http", "ws"));
        subscriber.socket = HttpClient.newHttpClient().newWebSocketBuilder().subprotocols("graphql-transport-ws")
                .buildAsync(uri, subscriber).get(10, TimeUnit.SECONDS);
        subscriber.socket.sendText("{\"type\":\"connection_init\",\"payload\":{}}", true).get();
        assertEquals("connection_ack", subscriber.message().getString("type"));
        var payload = Json.createObjectBuilder().add("query", subscription)
                .add("variables", Json.createObjectBuilder(variables)).build();
        subscriber.socket.sendText(Json.createObjectBuilder().add("id", "1").add("type", "subscribe")
                .add("payload", payload).build().toString(), true).get();
        subscriber.endpoint = endpoint;
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (subscriber.messages.isEmpty()) {
            int now = subscriptions(endpoint);
            if (now > before) {
                subscriber.counted = now;
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the subscription is not in place within 10 s");
            Thread.sleep(20);
        }
        return subscriber;
    }

    /** The subscriptions the server counts now. */
    private static int subscriptions(URI endpoint) {
        var metrics = RestAssured.given().baseUri(endpoint.resolve("/").toString()).get("/q/metrics").then()
                .statusCode(200).extract().asString();
        var gauge = Pattern.compile("(?m)^cityplan_subscriptions (\\S+)$").matcher(metrics);
        assertTrue(gauge.find(), "no gauge cityplan_subscriptions");
        return (int) Double.parseDouble(gauge.group(1));
    }

    /** The next message but the server's pings (which it answers), within 10 s. */
    public JsonObject message() throws InterruptedException {
        var message = messages.poll(10, TimeUnit.SECONDS);
        assertNotNull(message, "no message within 10 s");
        return message;
    }

    /** The data of the next change told, within 10 s. */
    public JsonObject next() throws InterruptedException {
        var message = message();
        assertEquals("next", message.getString("type"), message.toString());
        return message.getJsonObject("payload").getJsonObject("data").getJsonObject("figureChanged");
    }

    /** The next message within {@code seconds}, or null. */
    public JsonObject poll(int seconds) throws InterruptedException {
        return messages.poll(seconds, TimeUnit.SECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            try (var reader = Json.createReader(new StringReader(partial.toString()))) {
                var message = reader.readObject();
                if ("ping".equals(message.getString("type"))) {
                    webSocket.sendText("{\"type\":\"pong\"}", true);
                } else {
                    messages.add(message);
                }
            }
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    /** Closes the connection, and waits until the server no longer counts the subscription, for the next test. */
    @Override
    public void close() throws InterruptedException {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        var deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (counted > 0 && subscriptions(endpoint) >= counted && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
