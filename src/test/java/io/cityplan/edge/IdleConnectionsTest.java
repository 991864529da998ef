package io.cityplan.edge;

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
     * A request sent a byte every 0.2 s is cut off within a few seconds (1 s idle timeout here): headers by Vert.x's
     * idle check, which sits behind its HTTP decoder and so does not count bytes short of complete headers; a body
     * by {@link SlowRequests}, as each byte of a body reaches the idle check as content and would keep it open.
     */
    @Test
    void aRequestSentSlowlyIsCutOff() throws Exception {
        var head = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n";
        assertCutOff("", head + "X-Slow: " + "a".repeat(100));
        assertCutOff(head + "Content-Length: 200\r\n\r\n", "{\"query\":\"" + "a".repeat(100));
    }

    /** Sends {@code atOnce}, then {@code slowly} a byte every 0.2 s, until the server closes the connection. */
    private void assertCutOff(String atOnce, String slowly) throws Exception {
        var started = System.nanoTime();
        try (var socket = new Socket(root.getHost(), root.getPort())) {
            socket.getOutputStream().write(atOnce.getBytes());
            var closed = false;
            for (var i = 0; i < slowly.length() && !closed; i++) {
                try {
                    socket.getOutputStream().write(slowly.charAt(i));
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
