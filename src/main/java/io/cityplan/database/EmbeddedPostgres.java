package io.cityplan.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;
import org.postgresql.Driver;

/**
 * A PostgreSQL server run from the bundled binaries, used when no external database is configured.
 * <p>
 * The cluster lives in {@code <baseDir>/cluster} and is reused by later starts. A file lock marks the process that owns
 * it: whoever holds the lock may clear what a killed predecessor left behind (a running orphan server, a stale
 * {@code postmaster.pid}); a second process that cannot take the lock runs on a temporary cluster instead. PostgreSQL
 * refuses to run as root, so a root JVM runs the server's processes as an unprivileged user.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String DATABASE = "cityplan";
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgres.class);

    private final PostgresCommands commands;
    private final Cluster cluster;
    private final int port;
    /** Set by {@link #close()}, after which the watchdog restarts nothing. */
    private volatile boolean closed;

    private EmbeddedPostgres(PostgresCommands commands, Cluster cluster, int port) {
        this.commands = commands;
        this.cluster = cluster;
        this.port = port;
    }

    /**
     * Starts a server on {@code port} (0 for any free port) with its files under {@code baseDir}; when the JVM runs as
     * root, the server runs as {@code runAsWhenRoot}.
     */
    public static EmbeddedPostgres start(Path baseDir, int port, String runAsWhenRoot) throws IOException {
        var started = System.nanoTime();
        var runAs = "root".equals(System.getProperty("user.name")) ? runAsWhenRoot : null;
        try {
            PostgresCommands.createDirectories(baseDir, runAs != null);
        } catch (FileSystemException e) {
            throw new IOException("Cannot create " + baseDir + " for the embedded PostgreSQL"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")")
                    + "; set cityplan.embedded-postgres.dir (CITYPLAN_EMBEDDED_POSTGRES_DIR) to a directory this user "
                    + "can write", e);
        }
        var bin = PostgresBinaries.unpack(baseDir).resolve("bin");

        var cluster = Cluster.claim(baseDir);
        var commands = new PostgresCommands(bin, runAs, cluster.dir().resolve("postgres.log"));
        var server = new EmbeddedPostgres(commands, cluster, port == 0 ? freePort() : port);
        try {
            server.initIfNeeded();
            server.clearStaleServer();
            server.startServer();
            server.createDatabaseIfMissing();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        LOG.infof("Embedded PostgreSQL started in %d ms on port %d (data in %s)",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), server.port, server.dataDir());
        return server;
    }

    /**
     * Watches the server from a daemon thread and starts it again whenever it has died (killed, crashed, out of
     * memory),
     * until {@link #close()}: a running application then recovers as from any database outage.
     */
    public void keepRunning(Duration interval) {
        var watchdog = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(interval.toMillis());
                    restartIfDead();
                } catch (InterruptedException e) {
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("Could not restart the embedded PostgreSQL (will try again): %s", e.getMessage());
                }
            }
        }, "embedded-postgres-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private synchronized void restartIfDead() throws IOException {
        if (closed || running()) {
            return;
        }
        LOG.warnf("Embedded PostgreSQL on port %d is not running; starting it again", port);
        var started = System.nanoTime();
        clearStaleServer();
        startServer();
        LOG.infof("Embedded PostgreSQL started again in %d ms",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }

    /** Whether the postmaster that postmaster.pid names is alive. */
    boolean running() throws IOException {
        return postmaster().isPresent();
    }

    private Optional<ProcessHandle> postmaster() throws IOException {
        var pidFile = dataDir().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        return Files.readAllLines(pidFile, StandardCharsets.UTF_8).stream().findFirst().map(String::trim)
                .filter(s -> s.matches("\\d+")).map(Long::parseLong).flatMap(ProcessHandle::of)
                .filter(p -> p.isAlive() && p.info().command().map(c -> c.endsWith("/postgres")).orElse(false));
    }

    public String jdbcUrl() {
        // The user travels in the URL so that no separate username property is needed.
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER;
    }

    public int port() {
        return port;
    }

    Path dataDir() {
        return cluster.data();
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(dataDir().resolve("PG_VERSION"))) {
            return;
        }
        PostgresBinaries.deleteTree(dataDir());
        Files.createDirectories(cluster.dir());
        commands.handOver(cluster.dir());
        commands.run("initdb", "-D", dataDir().toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-sync");
        // No Unix socket: its default directory may not be writable, and clients use TCP on loopback.
        Files.writeString(dataDir().resolve("postgresql.conf"),
                "\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = ''\n", StandardOpenOption.APPEND);
    }

    /** Stops a server that a killed predecessor left running on this cluster, and removes its stale pid file. */
    private void clearStaleServer() throws IOException {
        var pidFile = dataDir().resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        var orphan = postmaster();
        if (orphan.isPresent()) {
            LOG.warnf("Stopping PostgreSQL (pid %d) left running by an earlier run", orphan.get().pid());
            commands.run("pg_ctl", "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
        }
        Files.deleteIfExists(pidFile);
    }

    private void startServer() throws IOException {
        commands.run("pg_ctl", "start", "-D", dataDir().toString(), "-w", "-t", "60",
                "-l", cluster.dir().resolve("postgres.log").toString(), "-o", "-p " + port);
    }

    private void createDatabaseIfMissing() {
        var props = new Properties();
        props.setProperty("user", USER);
        try (var connection = new Driver().connect("jdbc:postgresql://127.0.0.1:" + port + "/postgres", props);
                var statement = connection.createStatement()) {
            try (var rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            try {
                // Bytewise order, and a character classification that counts CJK as letters, so that the trigram
                // index of search serves Chinese terms; hosts without the C.UTF-8 locale get C for both.
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C.UTF-8' "
                        + "TEMPLATE template0");
            } catch (SQLException noSuchLocale) {
                statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + DATABASE + " on embedded PostgreSQL", e);
        }
    }

    /**
     * Stops the server (fast shutdown), releases the cluster and removes a temporary one. Never throws: it runs in a
     * shutdown hook, and a server that already died has nothing to stop.
     */
    @Override
    public synchronized void close() {
        closed = true;
        try {
            if (Files.exists(dataDir().resolve("postmaster.pid"))) {
                commands.run("pg_ctl", "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
                LOG.info("Embedded PostgreSQL stopped");
            }
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL in %s: %s", dataDir(), e.getMessage());
        }
        try {
            cluster.close();
        } catch (IOException e) {
            LOG.warnf("Could not release %s: %s", cluster.dir(), e.getMessage());
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
