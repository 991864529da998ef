package io.cityplan.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;

/** The units of the dataset and their conversions: units with the same normalized unit convert into each other. */
record Units(Map<String, Unit> bySymbol) {

    /** A unit as documents write it, with its factor to the normalized unit where it has one. */
    record Unit(String symbol, String normalizedSymbol, BigDecimal factor) {
    }

    /** The value in another unit, where it converts. */
    Optional<BigDecimal> convert(BigDecimal value, String from, String to) {
        if (from.equals(to)) {
            return Optional.of(value);
        }
        var source = bySymbol.get(from);
        var target = bySymbol.get(to);
        if (source == null || target == null || source.factor() == null || target.factor() == null
                || !source.normalizedSymbol().equals(target.normalizedSymbol())) {
            return Optional.empty();
        }
        return Optional.of(plain(value.multiply(source.factor()).divide(target.factor(), MathContext.DECIMAL64)));
    }

    /** The value in its unit's normalized unit, or null where the unit has no conversion. */
    Quantity normalized(BigDecimal value, String symbol) {
        var unit = bySymbol.get(symbol);
        return unit == null || unit.factor() == null ? null
                : new Quantity(plain(value.multiply(unit.factor())), unit.normalizedSymbol());
    }

    /** Without trailing zeros, and never in exponent form (10000, not 1E+4). */
    static BigDecimal plain(BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
