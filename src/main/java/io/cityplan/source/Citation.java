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
        @Ignore String key,
        @Ignore String documentCode) implements Node {

    static Citation of(CitationEntity e) {
        return new Citation(GlobalIds.citation(e.id), e.quote, e.id, e.documentCode);
    }

    /** The columns of table {@code citation} (alias c) that {@link #of(Object[])} reads, in its order. */
    static final String COLUMNS = "c.id, c.quote, c.document_code";

    static Citation of(Object[] r) {
        return new Citation(GlobalIds.citation((String) r[0]), (String) r[1], (String) r[0], (String) r[2]);
    }
}
