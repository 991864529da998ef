package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.quarkus.logging.Log;

/**
 * The Kubernetes manifests that ./mvnw package writes (target/kubernetes/kubernetes.yml): what a cluster needs to run
 * several replicas against one external database, and valid against the Kubernetes API's schemas.
 */
class KubernetesManifestIT {

    private static final Path MANIFEST = Path.of("target/kubernetes/kubernetes.yml");
    private static Map<String, JsonNode> byKind;

    @BeforeAll
    static void read() throws IOException {
        var mapper = new ObjectMapper(new YAMLFactory());
        try (var parser = mapper.getFactory().createParser(Files.readString(MANIFEST))) {
            byKind = new HashMap<>();
            mapper.readValues(parser, JsonNode.class).readAll()
                    .forEach(resource -> byKind.put(resource.path("kind").asText(), resource));
        }
    }

    @Test
    void holdsADeploymentAServiceAndItsConfigurationAndNothingElse() {
        assertEquals(List.of("ConfigMap", "Deployment", "Service"), byKind.keySet().stream().sorted().toList());
    }

    @Test
    void runsTwoReplicasWithProbesResourcesAndTheDatasourceFromASecret() {
        var deployment = byKind.get("Deployment");
        assertEquals(2, deployment.at("/spec/replicas").asInt());
        assertFalse(deployment.at("/spec/selector/matchLabels").has("app.kubernetes.io/version"),
                "a version in the selector would make an upgrade's selector differ");
        var container = deployment.at("/spec/template/spec/containers/0");
        assertEquals("/q/health/started", container.at("/startupProbe/httpGet/path").asText());
        assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
        assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
        assertEquals("250m", container.at("/resources/requests/cpu").asText());
        assertEquals("512Mi", container.at("/resources/requests/memory").asText());
        assertEquals("1Gi", container.at("/resources/limits/memory").asText());
        assertEquals(List.of("cityplan-db"), names(container.path("envFrom").findValues("secretRef")));
        assertEquals(List.of("cityplan"), names(container.path("envFrom").findValues("configMapRef")));
    }

    private static List<String> names(List<JsonNode> references) {
        return references.stream().map(reference -> reference.path("name").asText()).toList();
    }

    @Test
    void neverStartsAnEmbeddedDatabaseInACluster() {
        assertEquals("false", byKind.get("ConfigMap").at("/data/CITYPLAN_EMBEDDED_POSTGRES_ENABLED").asText());
    }

    @Test
    void servesPort80OnTheContainersHttpPort() {
        var port = byKind.get("Service").at("/spec/ports/0");
        assertEquals(80, port.path("port").asInt());
        assertEquals(8080, port.path("targetPort").asInt());
    }

    @Test
    void isValidAgainstTheKubernetesSchemas() throws Exception {
        assumeTrue(NodeScripts.available(), "node and npm are not on the PATH");
        var output = NodeScripts.run(Path.of("src/test/kubernetes"), "validate.mjs",
                MANIFEST.toAbsolutePath().toString());
        Log.infof("Kubernetes schemas:%n%s", output);
    }
}
