package io.cityplan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Nothing the documents quantify is missed: every number in a document lies inside a passage the dataset cites, or
 * inside a passage listed in {@code dataset/excluded-numbers.yaml} with the reason it is left out, or is a calendar
 * date or a heading's ordinal.
 */
class DatasetCoverageTest {

    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    /** Calendar dates (2025年, 5月, 28日, 2021—2035年) and the ordinals that open numbered lines ("4."). */
    private static final Pattern DATE_OR_ORDINAL = Pattern
            .compile("\\d{4}(?:[—-]\\d{4})?年|\\d{1,2}月|\\d{1,2}日|(?m)^\\d{1,2}\\.");

    record Excluded(String document, String quote, String reason) {
    }

    /** @param pending documents whose figures are still being entered: their gaps are reported, not failed */
    record Exclusions(List<Excluded> excluded, List<String> pending) {
    }

    static List<String> documents() {
        return ShippedDataset.read().documents().stream().map(DatasetFiles.DocumentRecord::code).toList();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyNumberInTheDocumentIsInTheDatasetOrExcludedWithAReason(String code) throws IOException {
        var dataset = ShippedDataset.read();
        var file = dataset.documents().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().file();
        var path = DatasetProvenanceTest.SEEDS.resolve(file);
        assumeTrue(Files.isRegularFile(path), path.toAbsolutePath() + " not found (set CITYPLAN_SEEDS_DIR)");
        var text = Files.readString(path);

        var passages = new ArrayList<String>();
        dataset.citations().values().stream().filter(c -> c.document().equals(code)).map(Dataset.Citation::quote)
                .forEach(passages::add);
        var exclusions = exclusions();
        for (var excluded : exclusions.excluded()) {
            assertTrue(excluded.reason() != null && !excluded.reason().isBlank(), "no reason: " + excluded);
            assertTrue(text.contains(excluded.quote()) || !excluded.document().equals(code), "not in " + code
                    + ": " + excluded.quote());
            if (excluded.document().equals(code)) {
                passages.add(excluded.quote());
            }
        }
        var covered = new boolean[text.length()];
        for (var passage : passages) {
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                Arrays.fill(covered, at, at + passage.length(), true);
            }
        }
        DATE_OR_ORDINAL.matcher(text).results()
                .forEach(m -> Arrays.fill(covered, m.start(), m.end(), true));

        var missed = NUMBER.matcher(text).results().filter(m -> !covered[m.start()] || !covered[m.end() - 1])
                .map(m -> m.group() + " in …" + text.substring(Math.max(0, m.start() - 12),
                        Math.min(text.length(), m.end() + 12)).replace('\n', ' ') + "…")
                .toList();
        assumeTrue(missed.isEmpty() || !exclusions.pending().contains(code),
                () -> code + " is pending: " + missed.size() + " numbers not yet in the dataset");
        assertEquals(List.of(), missed, missed.size() + " numbers of " + file + " neither in the dataset nor excluded");
    }

    private static Exclusions exclusions() throws IOException {
        try (var in = DatasetCoverageTest.class.getClassLoader()
                .getResourceAsStream("dataset/excluded-numbers.yaml")) {
            var read = new ObjectMapper(new YAMLFactory()).readValue(in, Exclusions.class);
            return new Exclusions(read.excluded() == null ? List.of() : read.excluded(),
                    read.pending() == null ? List.of() : read.pending());
        }
    }
}
