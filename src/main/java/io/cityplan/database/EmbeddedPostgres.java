package io.cityplan.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path bin;
    private final Path clusterDir;
    private final boolean ephemeral;
    private final String runAs;
    private final FileChannel lockChannel;
    private final int port;
    /** Set by {@link #close()}, after which the watchdog restarts nothing. */
    private volatile boolean closed;

    private EmbeddedPostgres(Path bin, Path clusterDir, boolean ephemeral, String runAs, FileChannel lockChannel,
            int port) {
        this.bin = bin;
        this.clusterDir = clusterDir;
        this.ephemeral = ephemeral;
        this.runAs = runAs;
        this.lockChannel = lockChannel;
        this.port = port;
    }

    /**
     * Starts a server on {@code port} (0 for any free port) with its files under {@code baseDir}; when the JVM runs as
     * root, the server runs as {@code runAsWhenRoot}.
     */
    public static EmbeddedPostgres start(Path baseDir, int port, String runAsWhenRoot) throws IOException {
        var started = System.nanoTime();
        var runAs = "root".equals(System.getProperty("user.name")) ? runAsWhenRoot : null;
        createDirectories(baseDir, runAs != null);
        var bin = PostgresBinaries.unpack(baseDir).resolve("bin");

        var lockChannel = FileChannel.open(baseDir.resolve("cluster.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        var owned = tryLock(lockChannel);
        var clusterDir = owned ? baseDir.resolve("cluster") : Files.createTempDirectory(baseDir, "ephemeral-");
        if (!owned) {
            lockChannel.close();
            LOG.warnf("%s is in use by another process; using a temporary cluster in %s", baseDir.resolve("cluster"),
                    clusterDir);
        }
        var server = new EmbeddedPostgres(bin, clusterDir, !owned, runAs, owned ? lockChannel : null,
                port == 0 ? freePort() : port);
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
        return clusterDir.resolve("data");
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(dataDir().resolve("PG_VERSION"))) {
            return;
        }
        PostgresBinaries.deleteTree(dataDir());
        Files.createDirectories(clusterDir);
        handOver(clusterDir);
        run(bin.resolve("initdb").toString(), "-D", dataDir().toString(), "-U", USER, "-A", "trust", "-E", "UTF8",
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
            run(bin.resolve("pg_ctl").toString(), "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
        }
        Files.deleteIfExists(pidFile);
    }

    private void startServer() throws IOException {
        run(bin.resolve("pg_ctl").toString(), "start", "-D", dataDir().toString(), "-w", "-t", "60",
                "-l", clusterDir.resolve("postgres.log").toString(), "-o", "-p " + port);
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
                run(bin.resolve("pg_ctl").toString(), "stop", "-D", dataDir().toString(), "-m", "fast", "-w");
                LOG.info("Embedded PostgreSQL stopped");
            }
        } catch (IOException e) {
            LOG.warnf("Could not stop the embedded PostgreSQL in %s: %s", dataDir(), e.getMessage());
        }
        try {
            if (ephemeral) {
                PostgresBinaries.deleteTree(clusterDir);
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException e) {
            LOG.warnf("Could not release %s: %s", clusterDir, e.getMessage());
        }
    }

    private void handOver(Path dir) throws IOException {
        if (runAs != null) {
            try {
                Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs));
            } catch (UserPrincipalNotFoundException e) {
                throw new IOException("There is no user '" + runAs + "' to run PostgreSQL as (it refuses to run as "
                        + "root); set cityplan.embedded-postgres.run-as to an unprivileged user", e);
            }
        }
    }

    private void run(String... command) throws IOException {
        var full = new ArrayList<String>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.addAll(List.of(command));
        var output = Files.createTempFile("cityplan-postgres-", ".out");
        try {
            var process = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("Timed out: " + String.join(" ", full));
            }
            if (process.exitValue() != 0) {
                throw new IOException("Failed (exit " + process.exitValue() + "): " + String.join(" ", full) + "\n"
                        + Files.readString(output) + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted: " + String.join(" ", full), e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String logTail() throws IOException {
        var log = clusterDir.resolve("postgres.log");
        if (!Files.isReadable(log)) {
            return "";
        }
        var lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return "\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /**
     * Creates the directory and its missing parents; for a server run as another user, the ones created here are
     * opened to others whatever the umask, so that that user can reach the binaries and the cluster.
     */
    private static void createDirectories(Path dir, boolean openToOthers) throws IOException {
        var missing = new ArrayList<Path>();
        for (var d = dir.toAbsolutePath(); d != null && !Files.exists(d); d = d.getParent()) {
            missing.add(d);
        }
        Files.createDirectories(dir);
        if (openToOthers) {
            for (var created : missing) {
                Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            return lock != null;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
