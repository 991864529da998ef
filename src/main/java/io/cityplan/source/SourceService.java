package io.cityplan.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.cityplan.common.Batches;
import io.cityplan.common.Cached;
import io.cityplan.common.DatasetLoaded;
import io.cityplan.common.Node;
import io.cityplan.common.NodeResolver;

/** Documents, and the citations every other feature's records carry. */
@ApplicationScoped
public class SourceService implements NodeResolver {

    private final SourceDocumentRepository documents;
    private final CitationRepository citations;

    private final Cached<Map<String, SourceDocument>> documentsByCode;

    SourceService(SourceDocumentRepository documents, CitationRepository citations) {
        this.documents = documents;
        this.citations = citations;
        this.documentsByCode = new Cached<>(() -> documents.listOrdered().stream().map(SourceDocument::of)
                .collect(Collectors.toMap(SourceDocument::code, d -> d, (a, b) -> a, LinkedHashMap::new)));
    }

    void onDatasetLoaded(@Observes DatasetLoaded loaded) {
        documentsByCode.refresh();
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

    /** The citations of each document, in one query. */
    List<List<Citation>> citationsOf(List<SourceDocument> of) {
        var codes = of.stream().map(SourceDocument::code).toList();
        return Batches.many(codes, citations.listByDocumentCodes(codes).stream().map(Citation::of).toList(),
                Citation::documentCode);
    }

    List<SourceDocument> documentsOf(List<Citation> cited) {
        var codes = cited.stream().map(Citation::documentCode).toList();
        var found = documents.listByCodes(codes.stream().distinct().toList()).stream().map(SourceDocument::of)
                .toList();
        return Batches.one(codes, found, SourceDocument::code);
    }

    @Override
    public Set<String> nodeTypes() {
        return Set.of(GlobalIds.DOCUMENT, GlobalIds.CITATION);
    }

    @Override
    public List<? extends Node> nodes(String type, List<String> keys) {
        if (type.equals(GlobalIds.CITATION)) {
            return citations(keys);
        }
        var found = documents.listByCodes(keys).stream().map(SourceDocument::of).toList();
        return Batches.one(keys, found, SourceDocument::code);
    }
}
