package io.cityplan.source;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.cityplan.common.Code;

@GraphQLApi
public class SourceGraphQLApi {

    private final SourceService service;

    SourceGraphQLApi(SourceService service) {
        this.service = service;
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
    @Description("The document quoted.")
    public List<@NonNull SourceDocument> document(@Source List<Citation> citations) {
        return service.documentsOf(citations);
    }
}
