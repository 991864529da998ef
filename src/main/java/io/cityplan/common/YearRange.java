package io.cityplan.common;

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
}
