package io.cityplan.database;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two packaged instances started at the same moment against one empty database both come up; the schema is migrated
 * once and the dataset loaded once, the second instance finding it already there.
 */
@EnabledIf(value = "io.cityplan.database.ExternalPostgres#reachable", disabledReason = ExternalPostgres.UNREACHABLE)
class TwoInstancesIT {

    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private final ExternalPostgres database = new ExternalPostgres();
    private final List<Process> instances = new ArrayList<>();
    private final List<Path> logs = new ArrayList<>();
    private String url;

    @BeforeEach
    void createDatabase() {
        url = database.start().get("quarkus.datasource.jdbc.url");
    }

    @AfterEach
    void stopInstancesAndDropDatabase() throws InterruptedException {
        for (var instance : instances) {
            instance.destroy();
            instance.waitFor();
        }
        database.stop();
        for (var log : logs) {
            try {
                Files.deleteIfExists(log);
            } catch (IOException e) {
                // a temporary file; the system cleans it up
            }
        }
    }

    @Test
    void bothComeUpAndTheDataIsMigratedAndLoadedOnce() throws Exception {
        logs.add(Files.createTempFile("cityplan-a", ".log"));
        logs.add(Files.createTempFile("cityplan-b", ".log"));
        var ports = List.of(freePort(), freePort());
        for (int i = 0; i < 2; i++) {
            instances.add(start(ports.get(i), logs.get(i)));
        }
        for (int i = 0; i < 2; i++) {
            awaitReady(ports.get(i), logs.get(i));
        }

        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            var rs = statement.executeQuery("SELECT count(*), count(DISTINCT version) FROM flyway_schema_history "
                    + "WHERE success AND version IS NOT NULL");
            rs.next();
            assertEquals(rs.getInt(2), rs.getInt(1), "a migration ran twice");
            rs = statement.executeQuery("SELECT count(*) FROM task");
            rs.next();
            assertEquals(45, rs.getInt(1));
        }
        var loaded = 0;
        var unchanged = 0;
        for (var log : logs) {
            var text = Files.readString(log);
            loaded += text.contains("Dataset loaded:") ? 1 : 0;
            unchanged += text.contains("Dataset unchanged:") ? 1 : 0;
        }
        assertEquals(1, loaded, "instances that loaded the dataset");
        assertEquals(1, unchanged, "instances that found it loaded");
    }

    private Process start(int port, Path log) throws IOException {
        var java = ProcessHandle.current().info().command().orElse("java");
        var builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return builder.start();
    }

    private static void awaitReady(int port, Path log) throws InterruptedException, IOException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
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
        var text = Files.readString(log);
        throw new AssertionError("instance on port " + port + " not ready within 120 s; its log ends:\n"
                + text.substring(Math.max(0, text.length() - 2000)));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
