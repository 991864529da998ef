package io.cityplan.search;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.InvalidArgumentException;
import io.cityplan.common.ReportsFailures;
import io.cityplan.common.Searchable;
import io.cityplan.common.SortKey;
import io.smallrye.graphql.api.Nullable;

/** One search across plans, programmes, tasks, regions, parks, projects and indicators. */
@GraphQLApi
@ReportsFailures
public class SearchGraphQLApi {

    /** The longest search text, in characters. */
    static final int MAX_TEXT = 200;

    private final Instance<Searchable.Source> sources;

    SearchGraphQLApi(Instance<Searchable.Source> sources) {
        this.sources = sources;
    }

    @Query
    @NonNull
    @Description("Plans, programmes, tasks, regions, parks, projects and indicators whose names, titles, summaries "
            + "or codes contain every term of the text, in Chinese or English, best match first (see "
            + "SearchHit.score; of equal scores, the shorter matched text first). Chinese matches as written, without spaces: 金融 finds 金融业税收.")
    public SearchHitConnection search(
            @NonNull @Name("text") @Description("Terms separated by spaces, 1 to 200 characters; case does not matter.") String text,
            @Nullable @Name("kinds") @Description("Only objects of these kinds; all kinds when left out.") List<@NonNull SearchKind> kinds,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        var terms = Ranking.terms(text);
        if (terms.length == 0 || text.length() > MAX_TEXT) {
            throw new InvalidArgumentException("text must have 1 to " + MAX_TEXT + " characters besides spaces");
        }
        var hits = sources.stream().map(Searchable.Source::searchables).flatMap(Collection::stream)
                .filter(s -> kinds == null || kinds.contains(SearchKind.valueOf(s.kind())))
                .flatMap(s -> Ranking.hit(s, SearchKind.valueOf(s.kind()), terms).stream()).toList();
        return Connections.page("Search:" + String.join(" ", terms).toLowerCase(Locale.ROOT), hits,
                SearchGraphQLApi::sortKey, new Window(first, after, last, before), SearchHitConnection::of);
    }

    private static String sortKey(SearchHit hit) {
        // Of equal scores, the shorter matched text is the closer match.
        return new SortKey().number((int) Math.round(hit.score() * 100), true).number(hit.text().length(), false)
                .text(hit.kind().name(), false).text(hit.node().id(), false).toString();
    }
}
