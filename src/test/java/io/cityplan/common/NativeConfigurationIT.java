package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What cityplan adds to the native executable's configuration, and why (a native build only, which leaves the
 * configuration Quarkus generated in target/native-sources).
 * <p>
 * graphql-java words its errors from resource bundles. quarkus-smallrye-graphql 3.34.1 registers two of them for a
 * native executable (i18n.Validation, i18n.Parsing) but not i18n.Scalars, i18n.Execution and i18n.General, and a
 * variable of the wrong type then answered HTTP 500 (MissingResourceException) instead of INVALID_VARIABLES. cityplan
 * registers those in {@code META-INF/native-image/io.cityplan/cityplan/resource-config.json}; this test fails once
 * Quarkus registers one of them itself, and HostileInputIT checks the answers.
 */
@EnabledIfSystemProperty(named = "cityplan.packaged", matches = "native")
class NativeConfigurationIT {

    private static final Path OURS = Path.of("src/main/resources/META-INF/native-image/io.cityplan/cityplan/"
            + "resource-config.json");

    @Test
    void quarkusStillLeavesTheBundlesCityplanRegistersUnregistered() throws IOException {
        var ours = bundles(new ObjectMapper().readTree(OURS.toFile()));
        assertEquals(List.of("i18n.Scalars", "i18n.Execution", "i18n.General"), ours);
        List<String> quarkus;
        try (var sources = Files.list(Path.of("target/native-sources"))) {
            var jar = sources.filter(p -> p.toString().endsWith("-runner.jar")).findFirst().orElseThrow();
            try (var zip = new ZipFile(jar.toFile())) {
                var entry = zip.getEntry("META-INF/native-image/resource-config.json");
                quarkus = bundles(new ObjectMapper().readTree(zip.getInputStream(entry)));
            }
        }
        for (var bundle : ours) {
            assertFalse(quarkus.contains(bundle), "Quarkus now registers " + bundle + ": drop it from " + OURS);
        }
    }

    private static List<String> bundles(JsonNode config) {
        return config.path("bundles").findValuesAsText("name");
    }
}
