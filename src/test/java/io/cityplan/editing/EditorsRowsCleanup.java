package io.cityplan.editing;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.kpi.TargetStatuses;
import io.cityplan.source.SourceService;

/** Removes what editors recorded in a test, so that the other tests find the shipped dataset alone. */
@ApplicationScoped
public class EditorsRowsCleanup {

    private final DataSource dataSource;
    private final TargetStatuses statuses;
    private final SourceService sources;

    EditorsRowsCleanup(DataSource dataSource, TargetStatuses statuses, SourceService sources) {
        this.dataSource = dataSource;
        this.statuses = statuses;
        this.sources = sources;
    }

    /** Deletes editors' figures, targets, passages and documents, and judges the targets they touched again. */
    public void removeAll() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("DELETE FROM observation WHERE origin = 'EDITOR'");
            statement.execute("DELETE FROM target WHERE origin = 'EDITOR'");
            statement.execute("DELETE FROM citation WHERE origin = 'EDITOR'");
            statement.execute("DELETE FROM source_document WHERE origin = 'EDITOR'");
        }
        statuses.refresh();
        sources.documentsChanged();
    }
}
