package io.cityplan.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Sql;

/**
 * The texts search looks through, in PostgreSQL: the materialized view search_text, with a trigram index on its
 * lower-cased text. PostgreSQL finds the objects in which every term matches some field; {@link Ranking} scores them.
 */
@ApplicationScoped
class SearchIndex {

    /** An object that search can find: its kind and its key, as its global id holds it. */
    record Ref(SearchKind kind, String key) {
    }

    private final EntityManager em;

    SearchIndex(EntityManager em) {
        this.em = em;
    }

    @Transactional
    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        em.createNativeQuery("REFRESH MATERIALIZED VIEW search_text").executeUpdate();
    }

    /** The fields of each object of these kinds (all when null) in which every term matches some field. */
    Map<Ref, List<Ranking.Field>> candidates(String[] terms, List<SearchKind> kinds) {
        var matches = new ArrayList<Sql>();
        for (var term : terms) {
            var match = Sql.of("SELECT kind, key FROM search_text WHERE lower(text) LIKE ? ESCAPE '!'",
                    "%" + term.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
            matches.add(kinds == null ? match
                    : match.append(Sql.of(" AND "), Sql.anyOf("kind", kinds.stream().map(Enum::name).toList())));
        }
        var sql = Sql
                .of("SELECT s.kind, s.key, s.field, s.text, s.weight FROM search_text s WHERE (s.kind, s.key) IN (")
                .append(join(matches), Sql.of(") ORDER BY s.kind, s.key, s.field"));
        Map<Ref, List<Ranking.Field>> found = new LinkedHashMap<>();
        for (var row : sql.rows(em)) {
            found.computeIfAbsent(new Ref(SearchKind.valueOf((String) row[0]), (String) row[1]), r -> new ArrayList<>())
                    .add(new Ranking.Field((String) row[2], (String) row[3], ((BigDecimal) row[4]).doubleValue()));
        }
        return found;
    }

    private static Sql join(List<Sql> matches) {
        var joined = matches.get(0);
        for (var next : matches.subList(1, matches.size())) {
            joined = joined.append(Sql.of(" INTERSECT "), next);
        }
        return joined;
    }
}
