package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;

/**
 * A request framed by Transfer-Encoding closes its connection once answered, and nothing sent behind it on that
 * connection is answered: with Content-Length beside it, that is a request smuggled past a proxy that trusts
 * Content-Length.
 */
@QuarkusTest
class RequestFramingTest {

    private static final String QUERY = "{\"query\":\"{ __typename }\"}";
    /** What a proxy that trusts Content-Length takes for the rest of the body, and cityplan for a second request. */
    private static final String SMUGGLED = "GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\n\r\n";
    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 \\d{3} ");

    @TestHTTPResource("/")
    URI root;

    private static String chunked(String body) {
        return Integer.toHexString(body.getBytes(StandardCharsets.UTF_8).length) + "\r\n" + body + "\r\n0\r\n\r\n";
    }

    /** A POST of {@code body} with both framings: Transfer-Encoding ends it where Content-Length does not. */
    private static String conflicting(String path, String body, String after) {
        var framed = chunked(body) + after;
        return "POST " + path + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + framed.getBytes(StandardCharsets.UTF_8).length + "\r\nTransfer-Encoding: chunked\r\n\r\n" + framed;
    }

    /** Sends {@code bytes} on a new connection and reads until the server closes it (or 10 s pass, a failure). */
    private static String exchange(URI server, String bytes) throws IOException {
        try (var socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(bytes.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var read = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(read); // ends when the server closes; a read timeout throws
            return read.toString(StandardCharsets.UTF_8);
        }
    }

    private static long responses(String read) {
        return STATUS_LINE.matcher(read).results().count();
    }

    @Test
    void conflictingFramingIsAnsweredOnceAndTheConnectionClosed() throws IOException {
        var read = exchange(root, conflicting("/graphql", QUERY, SMUGGLED));
        assertEquals(1, responses(read), read);
        assertTrue(read.startsWith("HTTP/1.1 200 "), read);
        assertTrue(read.contains("\"__typename\":\"Query\""), read);
        assertTrue(read.toLowerCase().contains("\r\nconnection: close\r\n"), read);
    }

    @Test
    void aChunkedRequestIsAnsweredAndItsConnectionClosed() throws IOException {
        var read = exchange(root, "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n" + chunked(QUERY) + SMUGGLED);
        assertEquals(1, responses(read), read);
        assertTrue(read.contains("\"__typename\":\"Query\""), read);
    }

    /** A GET goes through the routes twice (as the POST it stands for): the second pass keeps the header. */
    @Test
    void aGetWithTransferEncodingIsAnsweredWithConnectionClose() throws IOException {
        var read = exchange(root, SMUGGLED.replace("Host: x\r\n", "Host: x\r\nTransfer-Encoding: chunked\r\n")
                + "0\r\n\r\n" + SMUGGLED);
        assertEquals(1, responses(read), read);
        assertTrue(read.startsWith("HTTP/1.1 200 "), read);
        assertTrue(read.toLowerCase().contains("\r\nconnection: close\r\n"), read);
    }

    @Test
    void requestsWithAContentLengthKeepTheirConnection() throws IOException {
        var post = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + QUERY.length() + "\r\n\r\n" + QUERY;
        var last = SMUGGLED.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n");
        var read = exchange(root, post + post + last);
        assertEquals(3, responses(read), read);
    }

    /**
     * The defect worked around: Vert.x (over Netty's decoder, which drops the Content-Length) keeps the connection of a
     * request with conflicting framing open and answers the request that follows. Once this fails, Vert.x closes it
     * itself and {@link RequestFraming} can go.
     */
    @Test
    void vertxStillAnswersWhatFollowsConflictingFraming() throws Exception {
        var vertx = Vertx.vertx();
        try {
            var server = vertx.createHttpServer()
                    .requestHandler(
                            request -> request.body().onComplete(body -> request.response().end(request.path())))
                    .listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            var read = exchange(URI.create("http://127.0.0.1:" + server.actualPort()),
                    conflicting("/first", "x", SMUGGLED.replace("Host: x\r\n", "Host: x\r\nConnection: close\r\n")));
            assertEquals(2, responses(read), read);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }
}
