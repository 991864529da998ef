package io.cityplan.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.validation.Validator;

import io.cityplan.common.DatasetLoaded;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the dataset into the database at start-up, in every profile.
 * <p>
 * The files are read and checked first; a problem stops the start with an error naming the file and record, and the
 * database keeps what it held. A valid dataset replaces the tables' content in one transaction, under an advisory lock
 * so that instances starting together load it once; a checksum of the files makes a start with unchanged files skip the
 * load.
 */
@ApplicationScoped
public class DatasetLoader {

    /** Any fixed number; instances of cityplan agree on it. */
    private static final long LOCK_KEY = 0x63697479706c616eL;
    private static final String DATA_ROOT = "data/";

    private final DataSource dataSource;
    private final Validator validator;
    private final Event<DatasetLoaded> datasetLoaded;
    private volatile boolean loaded;

    DatasetLoader(DataSource dataSource, Validator validator, Event<DatasetLoaded> datasetLoaded) {
        this.dataSource = dataSource;
        this.validator = validator;
        this.datasetLoaded = datasetLoaded;
    }

    @ActivateRequestContext
    void onStart(@Observes StartupEvent event) {
        load();
    }

    /** Whether the database holds the dataset this build ships. */
    public boolean loaded() {
        return loaded;
    }

    void load() {
        var dataset = new DatasetReader(DatasetLoader::resource, validator).read();
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                var replaced = replaceIfChanged(connection, dataset);
                connection.commit();
                Log.infof(replaced ? "Dataset loaded: %s" : "Dataset unchanged: %s", summary(dataset));
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the dataset: " + e.getMessage(), e);
        }
        loaded = true;
        datasetLoaded.fire(new DatasetLoaded());
    }

    private static boolean replaceIfChanged(Connection connection, Dataset dataset) throws SQLException {
        try (var lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK_KEY);
            lock.execute();
        }
        try (var query = connection.prepareStatement("SELECT checksum FROM dataset_load WHERE id = 1");
                var rs = query.executeQuery()) {
            if (rs.next() && rs.getString(1).equals(dataset.checksum())) {
                return false;
            }
        }
        new DatasetWriter(connection).replaceAll(dataset);
        try (var upsert = connection.prepareStatement("""
                INSERT INTO dataset_load (id, checksum, loaded_at) VALUES (1, ?, ?)
                ON CONFLICT (id) DO UPDATE SET checksum = excluded.checksum, loaded_at = excluded.loaded_at""")) {
            upsert.setString(1, dataset.checksum());
            upsert.setObject(2, OffsetDateTime.now());
            upsert.executeUpdate();
        }
        return true;
    }

    private static String summary(Dataset dataset) {
        var tasks = dataset.plans().stream().mapToLong(p -> p.programmes().stream()
                .mapToLong(g -> g.tasks().size()).sum()).sum();
        return ("%d documents, %d regions, %d plans, %d tasks, %d parks, %d indicators, %d targets, %d observations, "
                + "%d milestones").formatted(dataset.documents().size(), dataset.regions().size(),
                        dataset.plans().size(), tasks, dataset.parks().size(), dataset.indicators().size(),
                        dataset.targets().size(), dataset.observations().size(), dataset.milestones().size());
    }

    private static byte[] resource(String name) {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DATA_ROOT + name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
