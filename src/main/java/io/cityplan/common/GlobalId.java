package io.cityplan.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque, globally unique ids: the type name and the natural key, base64url-encoded. Clients treat them as opaque;
 * natural keys are separate fields.
 */
public final class GlobalId {

    private GlobalId() {
    }

    public record Parsed(String type, String key) {
    }

    public static String of(String type, String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The id of a row of {@code type} whose key is the SQL text expression {@code key}, computed by PostgreSQL. */
    public static Sql sql(String type, String key) {
        return Sql.base64url(type + ":", key);
    }

    /** The type and key of an id, or empty when it is not one of ours. */
    public static Optional<Parsed> parse(String id) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            var colon = text.indexOf(':');
            return colon <= 0 || colon == text.length() - 1 ? Optional.empty()
                    : Optional.of(new Parsed(text.substring(0, colon), text.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }
}
