package io.cityplan.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cityplan.common.InvalidArgumentException;

class MostRecentTest {

    private static Observation figure(String code, String indicator, String region, int year) {
        return new Observation("id", code, year, null, ObservationKind.ACTUAL, Comparator.EQ, FigureForm.LEVEL,
                BigDecimal.ONE, "个", null, indicator, region, null, null, "c");
    }

    @Test
    void keepsTheMostRecentYearsOfEachSeries() {
        var figures = List.of(figure("a20", "gdp", "130100", 2020), figure("a21", "gdp", "130100", 2021),
                figure("a22", "gdp", "130100", 2022), figure("b20", "gdp", "130104", 2020),
                figure("c19", "pm25", "130100", 2019), figure("c21e", "pm25", "130100", 2021),
                figure("c21", "pm25", "130100", 2021));
        assertEquals(List.of("a22", "b20", "c21e", "c21"),
                MostRecent.keep(figures, 1).stream().map(Observation::code).toList());
        assertEquals(List.of("a21", "a22", "b20", "c19", "c21e", "c21"),
                MostRecent.keep(figures, 2).stream().map(Observation::code).toList());
        assertEquals(figures, MostRecent.keep(figures, null));
    }

    @Test
    void rejectsFewerThanOneYear() {
        assertThrows(InvalidArgumentException.class, () -> MostRecent.keep(List.of(), 0));
    }
}
