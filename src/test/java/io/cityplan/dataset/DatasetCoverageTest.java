package io.cityplan.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Nothing the documents quantify is missed: every number in a document, in digits or in Chinese numerals, lies inside
 * a passage the dataset cites for a figure or an entity, or inside a passage listed in
 * {@code dataset/excluded-numbers.yaml} with the reason it is left out, or is left out by one of the rules below.
 * The passages that only source an indicator's name cover nothing.
 */
class DatasetCoverageTest {

    private static final String DIGIT_ZH = "一二两三四五六七八九十百千万亿";
    /**
     * A number in digits, a Chinese numeral with a magnitude (千亿级, 过万亿), or a small Chinese numeral that counts
     * something (五条, 两次, 三环节, 七区).
     */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?|(?<![\\d.])(?:[" + DIGIT_ZH + "]*[十百千万亿]["
            + DIGIT_ZH + "]*|[一二两三四五六七八九]+(?=[个项家条大件批次年座所类种套台位名处轮支张片亩户人倍成环场区]))");
    /**
     * Left out by rule: calendar dates (2025年, 5月, 28日, 2021—2035年), the ordinals that open numbered lines
     * ("4.") or that 第 marks, the names of Party congresses and plenary sessions (党的十九大, 十一届七次全会), the
     * five-year plan's name (十四五), the ring roads' names (二环, 三环路, but not 三环节), and words that only contain a
     * numeral (百分点, 老百姓).
     */
    private static final Pattern BY_RULE = Pattern.compile("\\d{4}(?:[—-]\\d{4})?年|\\d{1,2}月|\\d{1,2}日|(?m)^\\d{1,2}\\."
            + "|第[" + DIGIT_ZH + "]+|党的[一二三四五六七八九十]+大|[一二三四五六七八九十]+届(?:[一二三四五六七八九十]+[中次]全会)?"
            + "|十四五|[二三]环(?!节)|百分点|百分比|老百姓");

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
        var file = file(dataset, code);
        var text = sourceText(file);

        var passages = new ArrayList<String>();
        var figureCitations = Stream.of(dataset.targets(), dataset.observations(), dataset.milestones(),
                dataset.outcomes(), dataset.projections()).flatMap(List::stream).map(Dataset.Figure::citationId)
                .collect(Collectors.toSet());
        var nameOnly = dataset.indicators().stream().map(i -> Dataset.citationId(i.source().document(),
                i.source().quote())).filter(id -> !figureCitations.contains(id)).collect(Collectors.toSet());
        dataset.citations().values().stream().filter(c -> c.document().equals(code) && !nameOnly.contains(c.id()))
                .map(Dataset.Citation::quote).forEach(passages::add);
        var exclusions = exclusions("dataset/excluded-numbers.yaml");
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
        BY_RULE.matcher(text).results()
                .forEach(m -> Arrays.fill(covered, m.start(), m.end(), true));

        // A lone 一 is the indefinite article of 一批, 一个, 一次 far more often than a count, so it is left out.
        var missed = NUMBER.matcher(text).results().filter(m -> !m.group().equals("一"))
                .filter(m -> !covered[m.start()] || !covered[m.end() - 1])
                .map(m -> m.group() + " in …" + text.substring(Math.max(0, m.start() - 12),
                        Math.min(text.length(), m.end() + 12)).replace('\n', ' ') + "…")
                .toList();
        assumeTrue(missed.isEmpty() || !exclusions.pending().contains(code),
                () -> code + " is pending: " + missed.size() + " numbers not yet in the dataset");
        assertEquals(List.of(), missed, missed.size() + " numbers of " + file + " neither in the dataset nor excluded");
    }

    /**
     * A deadline: 年底(前), 年内, 月底前, 9月30日前, 2025年前, 到2025年(底), 2022年底(前), 争取2022年, 今年, 明年,
     * “十一”前, “十四五”期间. 今年以来 (since the start of the year), 今年年初 and 今年5月 date what has happened.
     */
    private static final Pattern DEADLINE = Pattern.compile("年底前?|年内|月底前|\\d+月\\d+日前|\\d{4}年前|到\\d{4}年底?"
            + "|\\d{4}年底前?|争取\\d{4}年|今年(?!以来|年初|\\d+月)|明年|“十一”前|“?十四五”?期间");
    /** A deadline that is a clause of its own (到2025年,…): it governs every clause after it in its sentence. */
    private static final Pattern ALONE = Pattern.compile("到?(?:\\d{4}年|今年|明年)底?前?|“?十四五”?期间|年底前|年内");
    private static final String CLAUSE_STOPS = ",，;；。\n";
    private static final String SENTENCE_STOPS = "。\n";

    /**
     * Every clause that sets a deadline overlaps a passage the dataset cites for a figure, target, milestone, outcome
     * or projection, or one listed in {@code dataset/excluded-deadlines.yaml} with the reason it is left out: a dated
     * commitment with a number is a target, and one without a milestone. A deadline that stands alone at the head of
     * its clause (到2025年,…) governs every clause after it in its sentence, and each of those is checked.
     */
    @ParameterizedTest
    @MethodSource("documents")
    void everyClauseWithADeadlineIsInTheDatasetOrExcludedWithAReason(String code) throws IOException {
        var dataset = ShippedDataset.read();
        var text = sourceText(file(dataset, code));
        var passages = Stream.of(dataset.targets(), dataset.observations(), dataset.milestones(),
                dataset.outcomes(), dataset.projections()).flatMap(List::stream).map(Dataset.Figure::citationId)
                .map(dataset.citations()::get).filter(c -> c.document().equals(code))
                .map(Dataset.Citation::quote).collect(Collectors.toCollection(ArrayList::new));
        for (var excluded : exclusions("dataset/excluded-deadlines.yaml").excluded()) {
            assertTrue(excluded.reason() != null && !excluded.reason().isBlank(), "no reason: " + excluded);
            if (excluded.document().equals(code)) {
                assertTrue(text.contains(excluded.quote()), "not in " + code + ": " + excluded.quote());
                passages.add(excluded.quote());
            }
        }
        var covered = new boolean[text.length()];
        for (var passage : passages) {
            for (int at = text.indexOf(passage); at >= 0; at = text.indexOf(passage, at + 1)) {
                Arrays.fill(covered, at, at + passage.length(), true);
            }
        }
        var missed = new LinkedHashSet<String>();
        for (var deadline : DEADLINE.matcher(text).results().toList()) {
            int from = boundBefore(text, deadline.start(), CLAUSE_STOPS);
            int to = boundAfter(text, deadline.end(), CLAUSE_STOPS);
            var clauses = new ArrayList<int[]>();
            if (ALONE.matcher(text.substring(from, to).strip()).matches()) {
                int end = boundAfter(text, to, SENTENCE_STOPS);
                for (int at = to + 1; at < end; at = boundAfter(text, at, CLAUSE_STOPS) + 1) {
                    clauses.add(new int[] { at, Math.min(end, boundAfter(text, at, CLAUSE_STOPS)) });
                }
            } else {
                clauses.add(new int[] { from, to });
            }
            for (var clause : clauses) {
                boolean cited = false;
                for (int i = clause[0]; i < clause[1] && !cited; i++) {
                    cited = covered[i];
                }
                if (!cited) {
                    missed.add(text.substring(clause[0], clause[1]));
                }
            }
        }
        assertEquals(List.of(), List.copyOf(missed), missed.size() + " clauses of " + code
                + " set a deadline but are in the dataset as nothing and not excluded");
    }

    /** A milestone's deadline is written as the document writes it, in its quote or the sentence around it. */
    @Test
    void everyMilestonesDeadlineIsWrittenInItsSentence() throws IOException {
        var dataset = ShippedDataset.read();
        for (var milestone : dataset.milestones()) {
            var citation = dataset.citations().get(milestone.citationId());
            var text = sourceText(file(dataset, citation.document()));
            int at = text.indexOf(citation.quote());
            assertTrue(at >= 0, "not in " + citation.document() + ": " + citation.quote());
            var sentence = text.substring(boundBefore(text, at, SENTENCE_STOPS),
                    boundAfter(text, at + citation.quote().length(), SENTENCE_STOPS));
            assertTrue(sentence.contains(milestone.record().dueZh()),
                    milestone.record().code() + ": '" + milestone.record().dueZh() + "' not in " + sentence);
        }
    }

    /** Where the clause or sentence ({@code stops}) around {@code at} starts. */
    private static int boundBefore(String text, int at, String stops) {
        int start = at;
        while (start > 0 && stops.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    /** Where the clause or sentence ({@code stops}) around {@code at} ends. */
    private static int boundAfter(String text, int at, String stops) {
        int end = at;
        while (end < text.length() && stops.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** A count such as 三环节 (three steps) or 七区 (seven districts) is a number; a ring road's name is not. */
    @Test
    void countsStepsAndDistrictsButNotRingRoads() {
        for (var count : new String[] { "精简为三环节", "推进市内七区一体化", "在新三区和正定县" }) {
            assertTrue(NUMBER.matcher(count).find(), count);
            assertFalse(BY_RULE.matcher(count).find(), count);
        }
        for (var name : new String[] { "在二环内做“减法”", "打通三环路辅路", "北三环" }) {
            assertTrue(BY_RULE.matcher(name).find(), name);
        }
    }

    /** The file of a shipped document's source. */
    static String file(Dataset dataset, String code) {
        return dataset.documents().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().file();
    }

    /** The text of a source document; the test is skipped when the documents are not at hand. */
    static String sourceText(String file) throws IOException {
        var path = DatasetProvenanceTest.SEEDS.resolve(file);
        assumeTrue(Files.isRegularFile(path), path.toAbsolutePath() + " not found (set CITYPLAN_SEEDS_DIR)");
        return Files.readString(path);
    }

    /** The passages a resource lists as left out, each with its reason. */
    static Exclusions exclusions(String resource) throws IOException {
        try (var in = DatasetCoverageTest.class.getClassLoader().getResourceAsStream(resource)) {
            var read = new ObjectMapper(new YAMLFactory()).readValue(in, Exclusions.class);
            return new Exclusions(read.excluded() == null ? List.of() : read.excluded(),
                    read.pending() == null ? List.of() : read.pending());
        }
    }
}
