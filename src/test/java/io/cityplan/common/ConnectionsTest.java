package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.cityplan.common.Connections.Window;

class ConnectionsTest {

    private static final List<String> CODES = List.of("e", "a", "d", "b", "c");

    private static Page<String> page(List<String> items, Integer first, String after, Integer last, String before) {
        return Connections.page("Code", items, Function.identity(), new Window(first, after, last, before),
                Function.identity());
    }

    @Test
    void pagesForwardInKeyOrderUntilTheEnd() {
        var one = page(CODES, 2, null, null, null);
        assertEquals(List.of("a", "b"), one.nodes());
        assertEquals(5, one.totalCount());
        assertTrue(one.pageInfo().hasNextPage());
        assertFalse(one.pageInfo().hasPreviousPage());
        var two = page(CODES, 2, one.pageInfo().endCursor(), null, null);
        assertEquals(List.of("c", "d"), two.nodes());
        assertTrue(two.pageInfo().hasPreviousPage());
        var three = page(CODES, 2, two.pageInfo().endCursor(), null, null);
        assertEquals(List.of("e"), three.nodes());
        assertFalse(three.pageInfo().hasNextPage());
    }

    @Test
    void pagesBackwardWithLastAndBefore() {
        var end = page(CODES, null, null, 2, null);
        assertEquals(List.of("d", "e"), end.nodes());
        assertTrue(end.pageInfo().hasPreviousPage());
        var before = page(CODES, null, null, 2, end.pageInfo().startCursor());
        assertEquals(List.of("b", "c"), before.nodes());
    }

    @Test
    void aCursorKeepsItsPlaceWhenItsItemIsGone() {
        var cursor = page(CODES, 3, null, null, null).pageInfo().endCursor();
        assertEquals(List.of("d", "e"), page(List.of("a", "b", "d", "e"), 10, cursor, null, null).nodes());
    }

    @Test
    void anEmptyPageHasNoCursors() {
        var empty = page(CODES, 0, null, null, null);
        assertEquals(List.of(), empty.nodes());
        assertNull(empty.pageInfo().startCursor());
        assertTrue(empty.pageInfo().hasNextPage());
    }

    @Test
    void withoutFirstOrLastAPageHoldsAHundredItems() {
        var many = IntStream.range(0, 150).mapToObj(i -> String.format("%03d", i)).toList();
        var page = page(many, null, null, null, null);
        assertEquals(Connections.MAX_PAGE, page.nodes().size());
        assertTrue(page.pageInfo().hasNextPage());
    }

    @Test
    void rejectsPageSizesAbove100OrBelow0() {
        assertThrows(InvalidArgumentException.class, () -> page(CODES, 101, null, null, null));
        assertThrows(InvalidArgumentException.class, () -> page(CODES, null, null, -1, null));
    }

    @Test
    void rejectsCursorsItDidNotHandOutOrThatBelongToAnotherList() {
        assertThrows(InvalidCursorException.class, () -> page(CODES, 1, "not a cursor", null, null));
        var other = Connections.encode("Other", "a");
        assertThrows(InvalidCursorException.class, () -> page(CODES, 1, other, null, null));
    }
}
