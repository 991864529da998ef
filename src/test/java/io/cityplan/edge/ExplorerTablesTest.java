package io.cityplan.edge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import io.cityplan.common.NodeScripts;

/**
 * The explorer's tables, CSV, TSV and chart series (explorer/tables.js), tested in Node by
 * src/test/browser/tables.test.mjs: nesting and flattening, quoting, the byte order mark, formulas kept from running
 * in a spreadsheet, series and units.
 */
@EnabledIf(value = "io.cityplan.common.NodeScripts#available", disabledReason = "node and npm are not on the PATH")
class ExplorerTablesTest {

    @Test
    void tablesCsvTsvAndChartSeriesPassTheirNodeTests() throws Exception {
        var output = NodeScripts.run(Path.of("src/test/browser"), "tables.test.mjs");
        assertTrue(output.contains("# fail 0") && output.contains("# pass 5"), output);
    }
}
