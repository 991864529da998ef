package io.cityplan.source;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.Connections.Window;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Keyset;
import io.cityplan.common.Keyset.Key;
import io.cityplan.common.NodeResolver;
import io.cityplan.common.RowSource;
import io.cityplan.common.Sql;
import io.cityplan.editing.ChangeNotices.Listening;
import io.cityplan.editing.ChangeNotices.Notice;

/** Documents, and the citations every other feature's records carry. */
@ApplicationScoped
public class SourceService implements NodeResolver {

    private final CitationRepository citations;

    /** A document's citations, by id; they grow with the figures, so PostgreSQL pages them. */
    private static final Keyset<Citation> CITATIONS = new Keyset<>("Citation",
            List.of(new Key<>("c.id COLLATE \"C\"", false, Citation::key)));

    private final EntityManager em;
    private final Cached<Map<String, SourceDocument>> documentsByCode;

    SourceService(EntityManager em, SourceDocumentRepository documents, CitationRepository citations) {
        this.em = em;
        this.citations = citations;
        this.documentsByCode = new Cached<>(() -> Batches
                .byKey(documents.listOrdered().stream().map(SourceDocument::of).toList(), SourceDocument::code));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        documentsByCode.refresh();
    }

    /** Reads the documents again, after an editor registered one. */
    public void documentsChanged() {
        documentsByCode.refresh();
    }

    /** Documents registered while this instance did not listen for changes are read now. */
    @ActivateRequestContext
    void onListening(@Observes Listening listening) {
        documentsChanged();
    }

    /** An editor registered a document, on this instance or another. */
    @ActivateRequestContext
    void onChange(@Observes Notice notice) {
        if (DocumentEdits.SUBJECT.equals(notice.subject())) {
            documentsChanged();
        }
    }

    public List<SourceDocument> documents() {
        return List.copyOf(documentsByCode.get().values());
    }

    public Optional<SourceDocument> document(String code) {
        return Optional.ofNullable(documentsByCode.get().get(code));
    }

    /** The citation of each citation id (null where the id is null), in one query. */
    public List<Citation> citations(List<String> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).distinct().toList();
        var byId = wanted.isEmpty() ? Map.<String, Citation> of()
                : citations.listByIds(wanted).stream().collect(Collectors.toMap(e -> e.id, Citation::of));
        return ids.stream().map(id -> id == null ? null : byId.get(id)).toList();
    }

    /** The page of each document's citations, by id: one statement, and one more for the totals when asked. */
    List<CitationConnection> citationPages(List<SourceDocument> of, Window window, boolean withTotal) {
        return CITATIONS.pages(em, "c.document_code", of.stream().map(SourceDocument::code).toList(),
                parent -> new RowSource<>(Citation.COLUMNS, Sql.of("citation c"), "", parent, r -> Citation.of(r, 0)),
                window,
                withTotal).stream().map(CitationConnection::of).toList();
    }

    List<SourceDocument> documentsOf(List<Citation> cited) {
        return Batches.lookup(cited.stream().map(Citation::documentCode).toList(), documentsByCode.get());
    }

    @Override
    public Map<String, Lookup> lookups() {
        return Map.of(GlobalIds.DOCUMENT, keys -> Batches.lookup(keys, documentsByCode.get()),
                GlobalIds.CITATION, this::citations);
    }
}
