package io.cityplan.execution;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The shipped dataset's figure tables are small enough for filtered statements to keep their plans. */
@QuarkusTest
class FigureVolumeTest {

    @Inject
    FigureVolume volume;
    @Inject
    DataSource dataSource;

    @Test
    void theShippedDatasetsFiguresAreFew() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("ANALYZE target, observation, target_status");
        }
        volume.read();
        assertTrue(volume.few());
    }

    @Test
    void aThousandRowsAreNotFew() {
        assertTrue(FigureVolume.isFew(999));
        assertFalse(FigureVolume.isFew(FigureVolume.FEW_ROWS));
        assertFalse(FigureVolume.isFew(1_000_000));
    }
}
