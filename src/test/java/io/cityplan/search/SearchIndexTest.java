package io.cityplan.search;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Search asks PostgreSQL, whose trigram index serves the match of a term anywhere in a text. */
@QuarkusTest
class SearchIndexTest {

    @Inject
    EntityManager em;

    @Test
    @Transactional
    void theTrigramIndexServesALatinTerm() {
        assertTrue(plan("qiaoxi").contains("search_text_trigram_idx"), plan("qiaoxi"));
    }

    @Test
    @Transactional
    void theTrigramIndexServesAChineseTermWhereTheDatabaseClassifiesCjkAsLetters() {
        var ctype = (String) em.createNativeQuery("SELECT datctype FROM pg_database WHERE datname = current_database()")
                .getSingleResult();
        assumeFalse(ctype.equals("C") || ctype.equals("POSIX"),
                "LC_CTYPE " + ctype + ": pg_trgm finds no trigrams in Chinese text, and search reads the whole view");
        assertTrue(plan("金融业").contains("search_text_trigram_idx"), plan("金融业"));
    }

    /** The plan PostgreSQL would use to find a term, were the view too large to read whole. */
    @SuppressWarnings("unchecked")
    private String plan(String term) {
        em.createNativeQuery("SET LOCAL enable_seqscan = off").executeUpdate();
        List<Object> lines = em.createNativeQuery(
                "EXPLAIN SELECT kind, key FROM search_text WHERE lower(text) LIKE ?1 ESCAPE '!'")
                .setParameter(1, "%" + term + "%").getResultList();
        return lines.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }
}
