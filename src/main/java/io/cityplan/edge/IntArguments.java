package io.cityplan.edge;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;

/** Works around SmallRye GraphQL 2.17's Int scalar, which takes what no Int is from a variable. */
final class IntArguments {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

    private IntArguments() {
    }

    /**
     * Refuses a string, or a number that is not a whole one within Int's 32 bits, where the schema has an Int:
     * SmallRye GraphQL 2.17's Int takes any string or number from a variable and fails only as it reads the argument,
     * as an internal error or an invalid argument ({@code ClientMistakesTest.smallRyesIntStillTakesAFraction} and
     * {@code smallRyesIntStillTakesAnyString} fail once it
     * refuses them, and this class can go).
     */
    static void check(String argument, GraphQLInputType type, Object value) {
        var bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (value instanceof Collection<?> items && bare instanceof GraphQLList list) {
            for (var item : items) {
                check(argument, (GraphQLInputType) list.getWrappedType(), item);
            }
        } else if (value instanceof Map<?, ?> fields && bare instanceof GraphQLInputObjectType object) {
            for (var field : object.getFieldDefinitions()) {
                check(argument, field.getType(), fields.get(field.getName()));
            }
        } else if (value instanceof String text && bare instanceof GraphQLScalarType scalar
                && scalar.getName().equals("Int") && !WHOLE_NUMBER.matcher(text).matches()) {
            throw QueryLimits.abort(ClientErrors.INVALID_VARIABLES,
                    argument + " takes an Int, not the string \"" + text + "\"");
        } else if (value instanceof Number number && bare instanceof GraphQLScalarType scalar
                && scalar.getName().equals("Int") && !isInt(number)) {
            throw QueryLimits.abort(ClientErrors.INVALID_VARIABLES,
                    argument + " takes an Int (a whole number of 32 bits), not " + number);
        }
    }

    private static boolean isInt(Number number) {
        if (number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return true;
        }
        try {
            new BigDecimal(number.toString()).intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }
}
