package io.cityplan.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Scores an object against a search text. The text splits into terms at white space; every term must match one of
 * the object's fields. Chinese has no spaces between words, so a Chinese term matches as a substring; a Latin term
 * ranks higher where it starts a word.
 */
final class Ranking {

    static final int WHOLE = 100;
    static final int START = 60;
    static final int WORD = 40;
    static final int ANYWHERE = 20;

    private Ranking() {
    }

    static String[] terms(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(t -> !t.isEmpty())
                .map(t -> t.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    /**
     * A text an object is found by.
     *
     * @param name the field's name in the schema, e.g. nameZh
     * @param weight how much a match in it counts: 1 for names and titles, 0.8 for codes, 0.5 for summaries
     */
    record Field(String name, String text, double weight) {
    }

    /** How well an object matches: the sum over the terms, and its field that matched best. */
    record Score(Field best, double total) {
    }

    /** The score of an object with these fields, or empty when a term matches none of them. */
    static Optional<Score> score(List<Field> fields, String[] terms) {
        double total = 0;
        Field best = null;
        double bestScore = 0;
        for (var term : terms) {
            double termBest = 0;
            for (var field : fields) {
                double score = field.weight() * match(field.text(), term);
                if (score > termBest) {
                    termBest = score;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = field;
                }
            }
            if (termBest == 0) {
                return Optional.empty();
            }
            total += termBest;
        }
        return best == null ? Optional.empty() : Optional.of(new Score(best, total));
    }

    /** How well a term matches a text: the whole of it, its start, the start of a word, or anywhere. */
    static int match(String text, String term) {
        if (text == null) {
            return 0;
        }
        var lower = text.toLowerCase(Locale.ROOT);
        if (lower.equals(term)) {
            return WHOLE;
        }
        if (lower.startsWith(term)) {
            return START;
        }
        for (int at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + 1)) {
            if (!Character.isLetterOrDigit(lower.charAt(at - 1)) && Character.isLetter(term.charAt(0))
                    && term.charAt(0) < 0x2E80) {
                return WORD;
            }
        }
        return lower.contains(term) ? ANYWHERE : 0;
    }
}
