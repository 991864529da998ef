package io.cityplan.common;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("YearRange")
@Description("Years from `from` to `to`, both included; either end may be left open. A range that ends before it "
        + "starts is an INVALID_ARGUMENT error.")
public record YearRange(
        @Description("The first year, included.") Integer from,
        @Description("The last year, included.") Integer to) {

    /** Whether the year lies in the range. */
    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /** Throws INVALID_ARGUMENT when the range ends before it starts. */
    public YearRange checked(String argument) {
        if (from != null && to != null && from > to) {
            throw new InvalidArgumentException(argument + " ends (" + to + ") before it starts (" + from + ")");
        }
        return this;
    }

    /** The SQL conditions that keep the years of {@code column} in the range; INVALID_ARGUMENT if it ends first. */
    public List<Sql> conditions(String column, String argument) {
        var years = checked(argument);
        var conditions = new ArrayList<Sql>();
        if (years.from() != null) {
            conditions.add(Sql.of(column + " >= ?", years.from()));
        }
        if (years.to() != null) {
            conditions.add(Sql.of(column + " <= ?", years.to()));
        }
        return conditions;
    }
}
