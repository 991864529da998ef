package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A connection that sends nothing, stops halfway through its headers, or sends them slowly, is closed. */
@QuarkusTest
@TestProfile(IdleConnectionsTest.ShortIdleTimeout.class)
class IdleConnectionsTest {

    public static class ShortIdleTimeout implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.idle-timeout", "1S");
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void aConnectionThatGoesQuietIsClosed() throws Exception {
        for (var sent : new String[] { "", "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Ty" }) {
            try (var socket = new Socket(root.getHost(), root.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(sent.getBytes());
                socket.getOutputStream().flush();
                // The server closes it after 1 s: the read ends (-1) long before the 10 s of the socket's timeout.
                assertEquals(-1, socket.getInputStream().read(), "read something from an idle connection");
            }
        }
    }

    /**
     * Bytes that do not complete a request do not keep its connection open: headers or a body sent a byte every 0.2 s
     * are cut off at the idle timeout, as silence is (Vert.x's idle check sits behind its HTTP decoder).
     */
    @Test
    void aRequestSentSlowlyIsCutOff() throws Exception {
        var head = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        for (var sent : new String[] { head + "X-Slow: " + "a".repeat(100),
                head + "Content-Length: 200\r\n\r\n" + "a".repeat(100) }) {
            var started = System.nanoTime();
            try (var socket = new Socket(root.getHost(), root.getPort())) {
                var closed = false;
                for (var i = 0; i < sent.length() && !closed; i++) {
                    try {
                        socket.getOutputStream().write(sent.charAt(i));
                        socket.getOutputStream().flush();
                        Thread.sleep(200);
                    } catch (IOException e) {
                        closed = true; // written to a connection the server has closed
                    }
                }
                socket.setSoTimeout(1_000);
                if (!closed) {
                    assertEquals(-1, socket.getInputStream().read(), "read something from a half-sent request");
                }
            }
            var seconds = (System.nanoTime() - started) / 1e9;
            assertTrue(seconds < 5, "a request sent slowly held its connection for " + seconds + " s");
        }
    }
}
