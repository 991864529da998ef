package io.cityplan.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

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
        var fields = List.of(new Ranking.Field("nameZh", "经济总量", 1),
                new Ranking.Field("nameEn", "Gross domestic product", 1));
        var score = Ranking.score(fields, Ranking.terms("  经济  Domestic "));
        assertTrue(score.isPresent());
        assertEquals(Ranking.START + Ranking.WORD, score.get().total());
        assertEquals("nameZh", score.get().best().name());
        assertTrue(Ranking.score(fields, Ranking.terms("经济 lake")).isEmpty());
    }
}
