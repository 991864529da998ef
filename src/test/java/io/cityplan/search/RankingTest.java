package io.cityplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cityplan.common.Searchable;

class RankingTest {

    @Test
    void scoresTheWholeTextItsStartAWordStartOrAnywhere() {
        assertEquals(Ranking.WHOLE, Ranking.match("桥西区", "桥西区"));
        assertEquals(Ranking.START, Ranking.match("Qiaoxi District", "qiaoxi"));
        assertEquals(Ranking.WORD, Ranking.match("Qiaoxi District", "district"));
        assertEquals(Ranking.ANYWHERE, Ranking.match("新一代电子信息产业营业收入", "电子信息"));
        assertEquals(Ranking.ANYWHERE, Ranking.match("Hutuo River", "iver"));
        assertEquals(0, Ranking.match("Hutuo River", "lake"));
    }

    @Test
    void everyTermMustMatchSomeFieldAndScoresAdd() {
        var object = new Searchable(null, "INDICATOR", "gdp", List.of(new Searchable.Field("nameZh", "经济总量", 1),
                new Searchable.Field("nameEn", "Gross domestic product", 1)));
        var hit = Ranking.hit(object, SearchKind.INDICATOR, Ranking.terms("  经济  Domestic "));
        assertTrue(hit.isPresent());
        assertEquals(Ranking.START + Ranking.WORD, hit.get().score());
        assertEquals("nameZh", hit.get().field());
        assertTrue(Ranking.hit(object, SearchKind.INDICATOR, Ranking.terms("经济 lake")).isEmpty());
    }
}
