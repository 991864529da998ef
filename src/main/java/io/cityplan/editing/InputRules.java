package io.cityplan.editing;

/** The bounds every editor's input keeps, whatever it describes; each refusal names the field at fault. */
public final class InputRules {

    /** The years a figure or document of the plan can be about: the People's Republic's to the plan's horizon. */
    public static final int FIRST_YEAR = 1949;
    public static final int LAST_YEAR = 2100;

    private InputRules() {
    }

    /** Text PostgreSQL can store (no NUL), at most {@code max} characters long; null passes. */
    public static void text(String value, int max, String field) {
        if (value == null) {
            return;
        }
        if (value.length() > max) {
            throw new InvalidInputException(field, "holds more than " + max + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw new InvalidInputException(field, "holds a NUL character");
        }
    }

    /** As {@link #text}, and not blank when given. */
    public static void filledText(String value, int max, String field) {
        if (value != null && value.isBlank()) {
            throw new InvalidInputException(field, "is blank");
        }
        text(value, max, field);
    }

    /** A year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. */
    public static void year(int value, String field) {
        if (value < FIRST_YEAR || value > LAST_YEAR) {
            throw new InvalidInputException(field, "must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
