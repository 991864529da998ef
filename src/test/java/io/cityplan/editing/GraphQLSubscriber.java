package io.cityplan.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** One subscription to figureChanged over its own graphql-transport-ws connection, as a dashboard's client opens it. */
public final class GraphQLSubscriber implements WebSocket.Listener, AutoCloseable {

    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static GraphQLSubscriber open(URI endpoint, String subscription, Map<String, Object> variables)
            throws Exception {
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
        return subscriber;
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

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }
}
