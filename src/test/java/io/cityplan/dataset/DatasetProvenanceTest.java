package io.cityplan.dataset;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Every figure in the database is attributed, and every quote is verbatim in its source document. */
@QuarkusTest
class DatasetProvenanceTest {

    /** Where the source documents are: CITYPLAN_SEEDS_DIR, or the shared folder beside the checkout. */
    static final Path SEEDS = Path.of(System.getenv().getOrDefault("CITYPLAN_SEEDS_DIR", "../shared/seeds"));

    @Inject
    DataSource dataSource;

    @Inject
    DatasetLoader loader;

    @Test
    void everyQuoteOccursVerbatimInItsDocument() throws Exception {
        assumeTrue(Files.isDirectory(SEEDS), "source documents not found at " + SEEDS.toAbsolutePath()
                + " (set CITYPLAN_SEEDS_DIR); quotes not checked");
        var missing = new ArrayList<String>();
        var texts = new HashMap<String, String>();
        var rows = rows("SELECT d.file_name, c.quote FROM citation c JOIN source_document d ON d.code = "
                + "c.document_code ORDER BY c.id");
        for (var row : rows) {
            var text = texts.computeIfAbsent(row.get(0), DatasetProvenanceTest::read);
            if (!text.contains(row.get(1))) {
                missing.add(row.get(0) + ": " + row.get(1));
            }
        }
        assertTrue(rows.size() > 60, "citations: " + rows.size());
        assertEquals(List.of(), missing);
    }

    @Test
    void everyIndicatorTargetAndObservationHasACitation() {
        query("""
                { indicators { nodes { citation { quote } targets { nodes { citation { quote } } } observations { nodes { citation { quote } } } } } }""")
                .body("data.indicators.nodes.citation.quote", everyItem(not(emptyOrNullString())))
                .body("data.indicators.nodes.targets.nodes.flatten().citation.quote",
                        everyItem(not(emptyOrNullString())))
                .body("data.indicators.nodes.observations.nodes.flatten().citation.quote",
                        everyItem(not(emptyOrNullString())));
    }

    @Test
    void noTwoIndicatorsShareAName() throws SQLException {
        assertEquals(List.of(), rows("SELECT name_zh FROM indicator GROUP BY name_zh HAVING count(*) > 1"));
        assertEquals(List.of(), rows("SELECT name_en FROM indicator GROUP BY name_en HAVING count(*) > 1"));
    }

    @Test
    void loadingUnchangedFilesAgainChangesNothing() throws SQLException {
        var before = rows("SELECT checksum, loaded_at::text FROM dataset_load");
        var tasks = rows("SELECT id, title_zh FROM task ORDER BY id");
        loader.load();
        assertEquals(before, rows("SELECT checksum, loaded_at::text FROM dataset_load"));
        assertEquals(tasks, rows("SELECT id, title_zh FROM task ORDER BY id"));
    }

    private List<List<String>> rows(String sql) throws SQLException {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement();
                var rs = statement.executeQuery(sql)) {
            var result = new ArrayList<List<String>>();
            var columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rs.getString(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    private static String read(String fileName) {
        try {
            return Files.readString(SEEDS.resolve(fileName));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + fileName, e);
        }
    }
}
