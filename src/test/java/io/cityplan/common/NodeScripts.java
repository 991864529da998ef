package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Node.js scripts under src/test (the GraphQL-over-HTTP audit, the Kubernetes manifest check), each in a
 * folder with its own pinned package-lock.json.
 */
public final class NodeScripts {

    private NodeScripts() {
    }

    /** Whether node and npm answer; the tests that need them are skipped without them, and say so. */
    public static boolean available() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor() == 0
                    && new ProcessBuilder("npm", "--version").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Installs the folder's locked packages and runs {@code node script arguments…}; returns what it printed. */
    public static String run(Path folder, String script, String... arguments) throws IOException, InterruptedException {
        command(folder, List.of("npm", "ci", "--no-audit", "--no-fund"));
        var node = new ArrayList<>(List.of("node", script));
        node.addAll(List.of(arguments));
        return command(folder, node);
    }

    private static String command(Path folder, List<String> command) throws IOException, InterruptedException {
        var log = Files.createTempFile("cityplan-node", ".log");
        var process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        var output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        assertTrue(finished && process.exitValue() == 0, String.join(" ", command) + " failed:\n" + output);
        return output;
    }
}
