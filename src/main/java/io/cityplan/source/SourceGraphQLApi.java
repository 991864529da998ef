package io.cityplan.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;
import io.cityplan.common.Connections;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.Lang;
import io.cityplan.common.Languages;
import io.cityplan.common.Selections;
import io.smallrye.graphql.api.Context;

@GraphQLApi
public class SourceGraphQLApi {

    private final Languages languages;
    private final SourceService service;
    private final Context context;

    SourceGraphQLApi(SourceService service, Languages languages, Context context) {
        this.languages = languages;
        this.service = service;
        this.context = context;
    }

    @Query
    @NonNull
    @Description("The source documents, oldest first.")
    public List<@NonNull SourceDocument> documents() {
        return service.documents();
    }

    @Query
    @Description("The source document with this code, or null when there is none.")
    public SourceDocument document(@NonNull @Name("code") @Description("The document's code.") @Code String code) {
        return service.document(code).orElse(null);
    }

    @NonNull
    @Name("citations")
    @Description("The passages of this document that the dataset cites, for its figures, entities and names, in an "
            + "order that stays the same between pages.")
    public List<@NonNull CitationConnection> documentCitations(@Source List<SourceDocument> documents,
            @Name("first") @Description(Connections.FIRST) Integer first,
            @Name("after") @Description(Connections.AFTER) String after,
            @Name("last") @Description(Connections.LAST) Integer last,
            @Name("before") @Description(Connections.BEFORE) String before) {
        return service.citationPages(documents, new Window(first, after, last, before),
                Selections.selects(context, "totalCount"));
    }

    @NonNull
    @Description("The document quoted.")
    public List<@NonNull SourceDocument> document(@Source List<Citation> citations) {
        return service.documentsOf(citations);
    }

    @NonNull
    @Name("title")
    @Description("The title in one language: " + Languages.RULE)
    public String sourceDocumentTitle(@Source SourceDocument sourceDocument,
            @Name("lang") @Description(Languages.LANG) Lang lang) {
        return languages.pick(lang, sourceDocument.titleZh(), sourceDocument.titleEn());
    }
}
