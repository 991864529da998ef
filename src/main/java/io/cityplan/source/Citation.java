package io.cityplan.source;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.cityplan.common.Node;

@Description("Where a fact comes from: a source document and the shortest passage of it, verbatim, that states it.")
public record Citation(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("The passage, verbatim in the document's Chinese.") String quote,
        @Ignore String documentCode) implements Node {

    static Citation of(CitationEntity e) {
        return new Citation(GlobalIds.citation(e.id), e.quote, e.documentCode);
    }
}
