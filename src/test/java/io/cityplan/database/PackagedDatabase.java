package io.cityplan.database;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The database of the tests against the packaged application (@QuarkusIntegrationTest). The jar starts its embedded
 * PostgreSQL and needs nothing; the native executable has none, so in a -Dnative build it gets a database of its own
 * on the external server (CITYPLAN_TEST_EXTERNAL_URL), created before and dropped after.
 */
@QuarkusTestResource(PackagedDatabase.class)
public class PackagedDatabase implements QuarkusTestResourceLifecycleManager {

    private final ExternalPostgres external = new ExternalPostgres();
    private boolean started;

    @Override
    public Map<String, String> start() {
        if (!PackagedServer.isNative()) {
            return Map.of();
        }
        started = true;
        return external.start();
    }

    @Override
    public void stop() {
        if (started) {
            external.stop();
        }
    }
}
