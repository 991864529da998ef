package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;

/**
 * Runs the Node.js scripts under src/test (the GraphQL-over-HTTP audit, the Kubernetes manifest check), each in a
 * folder with its own pinned package-lock.json.
 */
public final class NodeScripts {

    /** What npm prints when it cannot reach its registry. */
    private static final Pattern UNREACHABLE = Pattern
            .compile("ECONNREFUSED|ENOTFOUND|ETIMEDOUT|EAI_AGAIN|ECONNRESET|ENETUNREACH|EHOSTUNREACH");

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

    /**
     * Installs the folder's locked packages and runs {@code node script arguments…}; returns what it printed. A test
     * that needs this is skipped, saying why, where node or npm is missing or npm cannot reach its registry: the
     * packages cannot be had, and the test has nothing to say about cityplan.
     */
    public static String run(Path folder, String script, String... arguments) throws IOException, InterruptedException {
        Assumptions.assumeTrue(available(), "node and npm are not on the PATH");
        var install = List.of("npm", "ci", "--no-audit", "--no-fund");
        var installed = execute(folder, install);
        if (!installed.succeeded() && UNREACHABLE.matcher(installed.output()).find()) {
            Assumptions
                    .abort("npm could not reach its registry to install " + folder + " (" + installed.reason() + ")");
        }
        installed.check(install);
        var node = new ArrayList<>(List.of("node", script));
        node.addAll(List.of(arguments));
        return command(folder, node);
    }

    private static String command(Path folder, List<String> command) throws IOException, InterruptedException {
        return execute(folder, command).check(command);
    }

    private static Result execute(Path folder, List<String> command) throws IOException, InterruptedException {
        var log = Files.createTempFile("cityplan-node", ".log");
        var process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        var finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        var output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        return new Result(finished && process.exitValue() == 0, output);
    }

    private record Result(boolean succeeded, String output) {

        String check(List<String> command) {
            assertTrue(succeeded, String.join(" ", command) + " failed:\n" + output);
            return output;
        }

        /** The line of the output that names the network error. */
        String reason() {
            return output.lines().filter(line -> UNREACHABLE.matcher(line).find()).findFirst().orElse("").trim();
        }
    }
}
