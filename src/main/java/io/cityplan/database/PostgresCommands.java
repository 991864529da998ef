package io.cityplan.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The programs of the unpacked PostgreSQL distribution (initdb, pg_ctl), run as the user the server runs as: this
 * process's own, or, when it is root (which PostgreSQL refuses), an unprivileged one through {@code runuser}.
 */
final class PostgresCommands {

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path bin;
    /** The user to run as, or null for this process's own. */
    private final String runAs;
    /** The server's log, whose end a failure quotes. */
    private final Path log;

    PostgresCommands(Path bin, String runAs, Path log) {
        this.bin = bin;
        this.runAs = runAs;
        this.log = log;
    }

    /** Gives a directory to the user the server runs as, when that is not this process's user. */
    void handOver(Path dir) throws IOException {
        if (runAs != null) {
            try {
                Files.setOwner(dir, dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(runAs));
            } catch (UserPrincipalNotFoundException e) {
                throw new IOException("There is no user '" + runAs + "' to run PostgreSQL as (it refuses to run as "
                        + "root); set cityplan.embedded-postgres.run-as to an unprivileged user", e);
            }
        }
    }

    /** Runs one of the distribution's programs, e.g. {@code pg_ctl}, as the server's user; fails on a non-zero exit. */
    void run(String program, String... arguments) throws IOException {
        var full = new ArrayList<String>();
        if (runAs != null) {
            full.addAll(List.of("runuser", "-u", runAs, "--"));
        }
        full.add(bin.resolve(program).toString());
        full.addAll(List.of(arguments));
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
    static void createDirectories(Path dir, boolean openToOthers) throws IOException {
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
}
