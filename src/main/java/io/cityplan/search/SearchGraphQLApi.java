package io.cityplan.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.InvalidArgumentException;
import io.cityplan.common.Node;
import io.cityplan.common.Nodes;
import io.cityplan.common.SortKey;
import io.smallrye.graphql.api.Nullable;

/** One search across plans, programmes, tasks, regions, parks, projects and indicators. */
@GraphQLApi
public class SearchGraphQLApi {

    /** The longest search text, in characters. */
    static final int MAX_TEXT = 200;
    /** The most terms a search text may hold. */
    static final int MAX_TERMS = 10;

    private final SearchIndex index;
    private final Nodes nodes;

    SearchGraphQLApi(SearchIndex index, Nodes nodes) {
        this.index = index;
        this.nodes = nodes;
    }

    @Query
    @NonNull
    @Description("Plans, programmes, tasks, regions, parks, projects and indicators whose names, titles, summaries "
            + "or codes contain every term of the text, in Chinese or English, best match first (see "
            + "SearchHit.score; of equal scores, the shorter matched text first). Chinese matches as written, without spaces: 金融 finds 金融业税收.")
    public SearchHitConnection search(
            @NonNull @Name("text") @Description("Terms separated by spaces (at most 10), 1 to 200 characters; case does not matter.") String text,
            @Nullable @Name("kinds") @Description("Only objects of these kinds; all kinds when left out.") List<@NonNull SearchKind> kinds,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        var terms = Ranking.terms(text);
        if (terms.length == 0 || text.length() > MAX_TEXT) {
            throw new InvalidArgumentException("text must have 1 to " + MAX_TEXT + " characters besides spaces");
        }
        if (terms.length > MAX_TERMS) {
            throw new InvalidArgumentException("text must hold at most " + MAX_TERMS + " terms, not " + terms.length);
        }
        if (Arrays.stream(terms).anyMatch(t -> t.chars().anyMatch(Character::isISOControl))) {
            throw new InvalidArgumentException("text must not hold control characters");
        }
        var hits = hits(index.candidates(terms, kinds), terms);
        return Connections.page("Search:" + String.join(" ", terms).toLowerCase(Locale.ROOT), hits,
                SearchGraphQLApi::sortKey, new Window(first, after, last, before), SearchHitConnection::of);
    }

    /** The candidates that score, each with its object. */
    private List<SearchHit> hits(Map<SearchIndex.Ref, List<Ranking.Field>> candidates, String[] terms) {
        Map<SearchIndex.Ref, Ranking.Score> scored = new LinkedHashMap<>();
        candidates.forEach((ref, fields) -> Ranking.score(fields, terms).ifPresent(s -> scored.put(ref, s)));
        Map<SearchIndex.Ref, Node> found = new HashMap<>();
        scored.keySet().stream().collect(Collectors.groupingBy(SearchIndex.Ref::kind)).forEach((kind, refs) -> {
            var keys = refs.stream().map(SearchIndex.Ref::key).toList();
            var of = nodes.lookup(kind.nodeType()).orElseThrow().find(keys);
            for (int i = 0; i < refs.size(); i++) {
                found.put(refs.get(i), of.get(i));
            }
        });
        return scored.entrySet().stream().filter(e -> found.get(e.getKey()) != null)
                .map(e -> new SearchHit(found.get(e.getKey()), e.getKey().kind(), e.getValue().best().name(),
                        e.getValue().best().text(), e.getValue().total()))
                .toList();
    }

    private static String sortKey(SearchHit hit) {
        // Of equal scores, the shorter matched text is the closer match.
        return new SortKey().number((int) Math.round(hit.score() * 100), true).number(hit.text().length(), false)
                .text(hit.kind().name(), false).text(hit.node().id(), false).toString();
    }
}
