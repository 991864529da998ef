package io.cityplan.common;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A filter names a region, park, indicator or other record by a code that no record has; the message suggests the
 * codes of records whose name holds what was sent, as a client may send a name (藁城区) where a code (130109) belongs.
 */
@ErrorCode("UNKNOWN_CODE")
public class UnknownCodeException extends ApiException {

    /** A record whose name holds the text sent: its code and name. */
    public record Suggestion(String code, String name) {
    }

    public UnknownCodeException(String what, String code) {
        this(what, code, List.of());
    }

    public UnknownCodeException(String what, String code, List<Suggestion> suggestions) {
        super("no " + what + " has the code '" + Messages.shorten(code) + "'" + (suggestions.isEmpty() ? ""
                : "; by name: " + suggestions.stream().map(s -> s.code() + " (" + s.name() + ")")
                        .collect(Collectors.joining(", "))));
    }

    /**
     * The records whose Chinese name holds {@code text} or is held in it, or whose English name holds it in any case:
     * at most five, by code, for the message of an unknown code.
     */
    public static <T> List<Suggestion> byName(String text, Collection<T> records,
            Function<T, String> code, Function<T, String> nameZh, Function<T, String> nameEn) {
        var wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return records.stream()
                .filter(r -> nameZh.apply(r).contains(wanted) || wanted.contains(nameZh.apply(r))
                        || nameEn.apply(r).toLowerCase(Locale.ROOT).contains(wanted))
                .sorted(Comparator.comparing(code)).limit(5)
                .map(r -> new Suggestion(code.apply(r), nameZh.apply(r))).toList();
    }
}
