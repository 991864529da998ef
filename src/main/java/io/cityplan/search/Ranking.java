package io.cityplan.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import io.cityplan.common.Searchable;

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

    /** The hit for the object, or empty when a term matches none of its fields. */
    static Optional<SearchHit> hit(Searchable object, SearchKind kind, String[] terms) {
        double total = 0;
        Searchable.Field best = null;
        double bestScore = 0;
        for (var term : terms) {
            double termBest = 0;
            for (var field : object.fields()) {
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
        return best == null ? Optional.empty()
                : Optional.of(new SearchHit(object.node(), kind, best.name(), best.text(), total));
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
