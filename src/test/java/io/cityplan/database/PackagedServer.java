package io.cityplan.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The packaged application (the jar, or the native executable in a -Dnative build) run as a process of its own
 * against a given database, with its log in a temporary file.
 */
final class PackagedServer {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");

    /** Whether this build tests the native executable, which has no embedded PostgreSQL. */
    static boolean isNative() {
        return "native".equals(System.getProperty("cityplan.packaged"));
    }

    final Process process;
    final int port;
    final Path log;
    /** The embedded PostgreSQL's directory, removed on stop; null for an external database. */
    private final Path embeddedDir;

    private PackagedServer(Process process, int port, Path log, Path embeddedDir) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.embeddedDir = embeddedDir;
    }

    /** Starts the jar on a free port against the database at {@code jdbcUrl}. */
    static PackagedServer start(String jdbcUrl) throws IOException {
        return start(Map.of("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl), null);
    }

    /** Starts the jar on a free port with an embedded PostgreSQL of its own in a new directory, on {@code pgPort}. */
    static PackagedServer startEmbedded(int pgPort) throws IOException {
        var dir = Path.of(System.getProperty("java.io.tmpdir"), "cityplan-server-" + UUID.randomUUID());
        return start(Map.of("CITYPLAN_EMBEDDED_POSTGRES_DIR", dir.toString(), "CITYPLAN_EMBEDDED_POSTGRES_PORT",
                Integer.toString(pgPort)), dir);
    }

    private static PackagedServer start(Map<String, String> environment, Path embeddedDir) throws IOException {
        var port = freePort();
        var log = Files.createTempFile("cityplan-server", ".log");
        var command = isNative() ? List.of(System.getProperty("native.image.path"))
                : List.of(ProcessHandle.current().info().command().orElse("java"), "-jar",
                        JAR.toAbsolutePath().toString());
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new PackagedServer(builder.start(), port, log, embeddedDir);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Waits until readiness answers UP, or fails quoting the end of the log. */
    void awaitReady() throws InterruptedException, IOException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(uri("/q/health/ready")).build();
        var deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server on port " + port + " was not ready within 120 s; its log ends:\n"
                + logTail());
    }

    String logTail() throws IOException {
        var text = Files.readString(log);
        return text.substring(Math.max(0, text.length() - 2000));
    }

    /** Stops the process if it still runs and removes its log and its embedded database. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
        try {
            Files.deleteIfExists(log);
            if (embeddedDir != null) {
                PostgresBinaries.deleteTree(embeddedDir);
            }
        } catch (IOException e) {
            // temporary files; the system cleans them up
        }
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
