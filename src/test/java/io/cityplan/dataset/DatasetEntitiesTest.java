package io.cityplan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place a source document names with a word for a park, zone, port or centre (公园, 产业园, 园区, 开发区, 试验区,
 * 口岸, 商务区, 中心, 港) lies inside the name of a region, park or project of the dataset, or inside a passage of
 * {@code dataset/excluded-names.yaml} with the reason it is not one (a common noun such as 园区 for parks in general, a
 * slogan such as 以人民为中心, a part of an entity that is in the dataset).
 */
class DatasetEntitiesTest {

    private static final Pattern PLACE_WORD = Pattern.compile("产业园|公园|园区|开发区|试验区|口岸|商务区|中心|港");

    static List<String> documents() {
        return DatasetCoverageTest.documents();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void everyNamedPlaceIsAnEntityOrExcludedWithAReason(String code) throws IOException {
        var dataset = ShippedDataset.read();
        var file = DatasetCoverageTest.file(dataset, code);
        var text = DatasetCoverageTest.sourceText(file);

        var covered = new boolean[text.length()];
        var names = Stream.of(dataset.regions().stream().map(DatasetFiles.RegionRecord::nameZh),
                dataset.parks().stream().map(DatasetFiles.ParkRecord::nameZh),
                dataset.projects().stream().map(DatasetFiles.ProjectRecord::nameZh)).flatMap(s -> s);
        var excluded = DatasetCoverageTest.exclusions("dataset/excluded-names.yaml").excluded().stream()
                .filter(e -> e.document().equals(code)).peek(e -> {
                    assertTrue(e.reason() != null && !e.reason().isBlank(), "no reason: " + e);
                    assertTrue(text.contains(e.quote()), "not in " + code + ": " + e.quote());
                }).map(DatasetCoverageTest.Excluded::quote);
        Stream.concat(names, excluded).forEach(passage -> {
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                Arrays.fill(covered, at, at + passage.length(), true);
            }
        });
        var missed = PLACE_WORD.matcher(text).results().filter(m -> !covered[m.start()] || !covered[m.end() - 1])
                .map(m -> m.group() + " in …" + text.substring(Math.max(0, m.start() - 14), m.end()).replace('\n', ' '))
                .toList();
        assertEquals(List.of(), missed, missed.size() + " places of " + file + " neither entities nor excluded");
    }
}
