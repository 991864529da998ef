package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchesTest {

    record Row(String key, int value) {
    }

    @Test
    void oneLinesUpValuesWithKeysAndLeavesGapsAsNull() {
        var rows = List.of(new Row("b", 2), new Row("a", 1));
        assertEquals(Arrays.asList(new Row("a", 1), null, new Row("b", 2), null),
                Batches.one(Arrays.asList("a", "c", "b", null), rows, Row::key));
    }

    @Test
    void manyGroupsValuesPerKeyKeepingTheirOrder() {
        var rows = List.of(new Row("a", 1), new Row("b", 2), new Row("a", 3));
        assertEquals(List.of(List.of(new Row("b", 2)), List.of(), List.of(new Row("a", 1), new Row("a", 3))),
                Batches.many(List.of("b", "z", "a"), rows, Row::key));
    }

    @Test
    void eachPicksTheValuesOfEveryKeyListSkippingUnknownKeysAndNulls() {
        var rows = Arrays.asList(new Row("a", 1), null, new Row("b", 2));
        assertEquals(List.of(List.of(new Row("a", 1), new Row("b", 2)), List.of(), List.of(new Row("b", 2))),
                Batches.each(List.of(List.of("b", "a"), List.of("z"), List.of("b")), rows, Row::key));
    }
}
