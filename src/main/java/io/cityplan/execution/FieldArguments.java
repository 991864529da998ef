package io.cityplan.execution;

import java.util.regex.Pattern;

import graphql.normalized.ExecutableNormalizedField;
import io.cityplan.common.Code;

/** The arguments of a field, as compiled queries read them from graphql-java's normalized operation. */
public final class FieldArguments {

    private static final Pattern CODE = Pattern.compile(Code.PATTERN);

    private FieldArguments() {
    }

    /** Refuses a field given arguments that its {@link SqlField} does not read. */
    public static void noArguments(ExecutableNormalizedField field) {
        if (!field.getResolvedArguments().isEmpty()) {
            throw new NotCompilable(field.getName() + " with arguments");
        }
    }

    /** The value of an argument of the field, as graphql-java coerced it; null when not given. */
    public static Object argument(ExecutableNormalizedField field, String name) {
        return field.getResolvedArguments().get(name);
    }

    /** The value of an Int argument; SmallRye GraphQL coerces Int variables to BigDecimal, literals to Integer. */
    public static Integer integer(ExecutableNormalizedField field, String name) {
        var value = (Number) argument(field, name);
        return value == null ? null : value.intValue();
    }

    /**
     * The value of an argument that holds a code ({@link Code}); one that is not a code is answered field by field,
     * with the validation error.
     */
    public static String code(ExecutableNormalizedField field, String name) {
        var value = (String) argument(field, name);
        if (value == null || !CODE.matcher(value).matches()) {
            throw new NotCompilable("not a code");
        }
        return value;
    }
}
