package io.cityplan.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** The columns of table {@code citation} (alias c) that {@link #of(Object[], int)} reads, in its order. */
    static final String COLUMNS = columns("c");

    /** The columns {@link #of(Object[], int)} reads, of table {@code citation} with the alias given. */
    public static String columns(String alias) {
        return "%1$s.id, %1$s.quote, %1$s.document_code".formatted(alias);
    }

    /** The key of the citation of {@code quote} in {@code document}: the document and a hash of both. */
    public static String id(String document, String quote) {
        try {
            var hash = MessageDigest.getInstance("SHA-256")
                    .digest((document + "\n" + quote).getBytes(StandardCharsets.UTF_8));
            return document + "#" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The citation in the row's columns from {@code start} on, as {@link #columns(String)} lists them. */
    public static Citation of(Object[] r, int start) {
        var key = (String) r[start];
        return new Citation(GlobalIds.citation(key), (String) r[start + 1], key, (String) r[start + 2]);
    }
}
