package io.cityplan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class DatasetReaderTest {

    private static final Validator VALIDATOR = ShippedDataset.VALIDATOR;

    @Test
    void readsTheShippedDatasetWithNineProgrammesAndFortyFiveTasks() {
        var dataset = ShippedDataset.read();
        var plan = dataset.plans().get(0);
        assertEquals(9, plan.programmes().size());
        assertEquals(45, plan.programmes().stream().mapToInt(p -> p.tasks().size()).sum());
        assertEquals(22 + 2 + 3, dataset.regions().size(), "22 divisions, province and city, 3 zones");
        assertTrue(dataset.targets().stream().allMatch(t -> t.citationId() != null));
    }

    @Test
    void checksumChangesWithContentAndOnlyWithContent() {
        var files = minimal();
        var first = read(files).checksum();
        assertEquals(first, read(files).checksum());
        files.put("units.yaml", files.get("units.yaml").replace("percent", "per cent"));
        assertTrue(!first.equals(read(files).checksum()));
    }

    @Test
    void rejectsATargetWithAnUnknownRegionNamingFileAndRecord() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("scope: \"130100\"", "scope: \"999999\""));
        assertProblem(files, "figures.yaml: target 't1': unknown scope '999999'");
    }

    @Test
    void rejectsAMalformedNumberNamingFileAndLine() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("value: 75", "value: 七十五"));
        assertProblem(files, "figures.yaml (line 9)");
    }

    @Test
    void rejectsAUnitTheLoaderDoesNotKnow() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("unit: \"%\"", "unit: 斤"));
        assertProblem(files, "figures.yaml: target 't1': unknown unit '斤'");
    }

    @Test
    void rejectsATargetWithoutItsQuote() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("    quote: 城镇化率达到75%左右\n", ""));
        assertProblem(files, "figures.yaml: target 't1': quote must not be blank");
    }

    @Test
    void rejectsAReportedTotalWithoutItsFirstYear() {
        var files = minimal();
        var figure = """
                observations:
                  - code: o1
                    indicator: urbanization-rate
                    scope: "130100"
                    year: 2021
                    kind: ACTUAL
                    form: TOTAL
                    unit: "%"
                    value: 70
                    quote: 城镇化率达到75%左右
                """;
        files.put("figures.yaml", files.get("figures.yaml") + figure);
        assertProblem(files, "figures.yaml: observation 'o1': a TOTAL figure needs `startYear`");
        files.put("figures.yaml",
                files.get("figures.yaml").replace("    year: 2021\n", "    startYear: 2022\n    year: 2021\n"));
        assertProblem(files, "figures.yaml: observation 'o1': `startYear` is after `year`");
        files.put("figures.yaml", files.get("figures.yaml").replace("    form: TOTAL\n", ""));
        assertProblem(files, "figures.yaml: observation 'o1': only a TOTAL figure has a `startYear`");
    }

    @Test
    void rejectsAMilestoneOrOutcomeThatRefersToNothingKnown() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml") + """
                milestones:
                  - code: m1
                    scope: "999999"
                    task: 3
                    dueYear: 2022
                    dueZh: 2022年底前
                    statementEn: Reach it
                    quote: 城镇化率达到75%左右
                outcomes:
                  - code: u1
                    milestone: m2
                    year: 2021
                    kind: ACTUAL
                    done: true
                    quote: 城镇化率达到75%左右
                projections:
                  - code: p1
                    indicator: urbanization-rate
                    project: nowhere
                    value: 1
                    unit: "%"
                    conditionZh: 建成后
                    conditionEn: once built
                    quote: 城镇化率达到75%左右
                """);
        var e = assertThrows(DatasetException.class, () -> read(files));
        assertTrue(e.getMessage().contains("figures.yaml: milestone 'm1': unknown scope '999999'"), e.getMessage());
        assertTrue(e.getMessage().contains("figures.yaml: milestone 'm1': `task` needs the file's `tasksOf`"),
                e.getMessage());
        assertTrue(e.getMessage().contains("figures.yaml: outcome 'u1': unknown milestone 'm2'"), e.getMessage());
        assertTrue(e.getMessage().contains("figures.yaml: projection 'p1': unknown project 'nowhere'"),
                e.getMessage());
        files.put("figures.yaml", files.get("figures.yaml").replace("    done: true\n", ""));
        assertProblem(files, "figures.yaml: outcome 'u1': done must not be null");
        files.put("figures.yaml",
                files.get("figures.yaml").replace("    kind: ACTUAL\n", "    kind: ACTUAL\n    done: true\n")
                        .replace("    milestone: m2\n    year: 2021\n", "    milestone: m2\n    year: 2999\n"));
        assertProblem(files, "figures.yaml: outcome 'u1': reported as fact for 2999, after its document's year");
    }

    @Test
    void rejectsAMisspelledField() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("targetYear:", "targetyear:"));
        assertProblem(files, "Unrecognized field \"targetyear\"");
    }

    @Test
    void rejectsTwoIndicatorsWithOneName() {
        var files = minimal();
        files.put("indicators.yaml", files.get("indicators.yaml") + """
                  - { code: urbanization-2, nameZh: 常住人口城镇化率, nameEn: Again, category: ECONOMY,
                      direction: INCREASE, source: { document: doc, quote: 常住人口城镇化率 } }
                """);
        assertProblem(files, "indicator '常住人口城镇化率': appears 2 times");
    }

    @Test
    void acceptsANameMadeOfItsQuotesWordsAndRejectsOneThatIsNot() {
        assertTrue(QuotedNames.namedBy("打通规划路", "在今年打通10条规划路的基础上"));
        assertTrue(QuotedNames.namedBy("企业开办办结时间", "企业开办1日办结"));
        var files = minimal();
        files.put("indicators.yaml", files.get("indicators.yaml").replace("nameZh: 常住人口城镇化率",
                "nameZh: 户籍人口城镇化率"));
        assertProblem(files, "indicator 'urbanization-rate': nameZh '户籍人口城镇化率' is neither written in its "
                + "source quote nor made of the quote's words");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        var files = minimal();
        files.put("figures.yaml", files.get("figures.yaml").replace("scope: \"130100\"", "scope: \"999999\"")
                .replace("indicator: urbanization-rate", "indicator: nothing"));
        var e = assertThrows(DatasetException.class, () -> read(files));
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    private static void assertProblem(Map<String, String> files, String expected) {
        var e = assertThrows(DatasetException.class, () -> read(files));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static Dataset read(Map<String, String> files) {
        return new DatasetReader(name -> files.containsKey(name)
                ? files.get(name).getBytes(StandardCharsets.UTF_8)
                : null, VALIDATOR).read();
    }

    private static Map<String, String> minimal() {
        var files = new HashMap<String, String>();
        files.put("dataset.yaml", "files: [documents.yaml, units.yaml, regions.yaml, indicators.yaml, figures.yaml]\n");
        files.put("documents.yaml", """
                documents:
                  - { code: doc, file: doc.txt, titleZh: 文件, titleEn: Document, year: 2021, kind: PLAN,
                      summaryEn: A plan. }
                """);
        files.put("units.yaml", "units:\n  - { symbol: \"%\", nameEn: percent, normalized: \"%\", factor: 1 }\n");
        files.put("regions.yaml", "regions:\n  - { code: \"130100\", nameZh: 石家庄市, nameEn: Shijiazhuang, "
                + "kind: PREFECTURE_CITY }\n");
        files.put("indicators.yaml", """
                indicators:
                  - { code: urbanization-rate, nameZh: 常住人口城镇化率, nameEn: Urbanization,
                      category: URBAN_DEVELOPMENT, direction: INCREASE,
                      source: { document: doc, quote: 常住人口城镇化率达到75% } }
                """);
        files.put("figures.yaml", """
                document: doc
                targets:
                  - code: t1
                    indicator: urbanization-rate
                    scope: "130100"
                    comparator: APPROX
                    unit: "%"
                    targetYear: 2025
                    value: 75
                    quote: 城镇化率达到75%左右
                """);
        return files;
    }
}
