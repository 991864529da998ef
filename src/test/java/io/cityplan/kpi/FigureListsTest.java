package io.cityplan.kpi;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.cityplan.common.Connections.Window;
import io.cityplan.common.RowCount;

/** When a counted list is read by its filter first rather than by walking its order's index. */
class FigureListsTest {

    @Test
    void readsAFewRowsScatteredInAHugeTableFirst() {
        // Gaocheng's 4,027 figures of 2020 among 1,000,093, a page of 100 (example 05 at 1M)
        assertTrue(
                FigureLists.fewEnoughToReadFirst(new RowCount(4_027, 1_000_093), new Window(null, null, null, null)));
        assertTrue(FigureLists.fewEnoughToReadFirst(new RowCount(3, 74), new Window(2, null, null, null)));
    }

    @Test
    void walksTheOrderWhenTheFilterKeepsMuchOfTheTable() {
        // the city's 3,426 targets due in 2025 among 100,074, a page of 50 (example 04 at 1M)
        assertFalse(FigureLists.fewEnoughToReadFirst(new RowCount(3_426, 100_074), new Window(50, null, null, null)));
        // 藁城区's 1,979 targets due 2021-2025, a page of 100 (workload c at 1M)
        assertFalse(FigureLists.fewEnoughToReadFirst(new RowCount(1_979, 100_074), new Window(100, null, null, null)));
        assertFalse(FigureLists.fewEnoughToReadFirst(new RowCount(74, 74), new Window(null, null, 10, null)));
    }

    @Test
    void walksTheOrderWithoutStatistics() {
        assertFalse(FigureLists.fewEnoughToReadFirst(new RowCount(3, -1), new Window(null, null, null, null)));
        assertFalse(FigureLists.fewEnoughToReadFirst(new RowCount(0, 0), new Window(null, null, null, null)));
    }
}
