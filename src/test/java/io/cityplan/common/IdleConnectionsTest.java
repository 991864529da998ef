package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.Socket;
import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A connection that sends nothing, or stops halfway through its headers, is closed after the idle timeout. */
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
}
