package io.cityplan.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.editing.Editors;

/** Source documents that editors register, for the figures they record to quote. */
@GraphQLApi
public class DocumentEditingGraphQLApi {

    private final Editors editors;
    private final DocumentEdits edits;

    DocumentEditingGraphQLApi(Editors editors, DocumentEdits edits) {
        this.editors = editors;
        this.edits = edits;
    }

    @Mutation
    @Description("Registers a source document, for figures to quote. CONFLICT when its code or file name is taken. "
            + "Needs a bearer token with the role editor (UNAUTHENTICATED without one, FORBIDDEN without the role, "
            + "EDITING_DISABLED where the server takes no changes).")
    public @NonNull SourceDocument registerDocument(
            @NonNull @Name("input") @Description("The document: its code, titles, year, kind, and where it can be read.") RegisterDocumentInput input) {
        return edits.register(editors.require(Editors.EDITOR), input);
    }
}
