package io.cityplan.common;

/** Helpers for error messages that quote what a client sent. */
final class Messages {

    private static final int QUOTED = 40;

    private Messages() {
    }

    /** The value, cut to a length that keeps messages readable, with control characters escaped. */
    static String shorten(String value) {
        var cut = value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value;
        var out = new StringBuilder();
        cut.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
