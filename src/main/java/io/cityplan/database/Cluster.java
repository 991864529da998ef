package io.cityplan.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.jboss.logging.Logger;

/**
 * The directory of the cluster a server runs on: {@code <baseDir>/cluster}, reused by later starts, for the process
 * that holds the lock on {@code <baseDir>/cluster.lock}; a temporary one, removed when released, for a second process
 * that cannot take the lock.
 */
final class Cluster implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Cluster.class);

    private final Path dir;
    /** The lock that makes the cluster this process's, or null for a temporary cluster. */
    private final FileChannel lock;

    private Cluster(Path dir, FileChannel lock) {
        this.dir = dir;
        this.lock = lock;
    }

    /** The cluster under {@code baseDir} if no other process holds it, else a temporary one beside it. */
    static Cluster claim(Path baseDir) throws IOException {
        var channel = FileChannel.open(baseDir.resolve("cluster.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        if (tryLock(channel)) {
            return new Cluster(baseDir.resolve("cluster"), channel);
        }
        channel.close();
        var temporary = Files.createTempDirectory(baseDir, "ephemeral-");
        LOG.warnf("%s is in use by another process; using a temporary cluster in %s", baseDir.resolve("cluster"),
                temporary);
        return new Cluster(temporary, null);
    }

    Path dir() {
        return dir;
    }

    Path data() {
        return dir.resolve("data");
    }

    /** Releases the cluster, and removes a temporary one. */
    @Override
    public void close() throws IOException {
        if (lock == null) {
            PostgresBinaries.deleteTree(dir);
        } else {
            lock.close();
        }
    }

    private static boolean tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock() != null;
        } catch (OverlappingFileLockException heldByThisJvm) {
            return false;
        }
    }
}
