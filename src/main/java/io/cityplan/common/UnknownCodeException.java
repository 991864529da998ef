package io.cityplan.common;

import java.util.List;
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
}
