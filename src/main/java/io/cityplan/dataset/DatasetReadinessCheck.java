package io.cityplan.dataset;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the dataset is in the database, so that no instance serves an empty or half-loaded plan. */
@Readiness
@ApplicationScoped
public class DatasetReadinessCheck implements HealthCheck {

    private final DatasetLoader loader;

    DatasetReadinessCheck(DatasetLoader loader) {
        this.loader = loader;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("dataset").status(loader.loaded()).build();
    }
}
