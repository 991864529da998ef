package io.cityplan.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.cityplan.common.Node;

@Type("SourceDocument")
@Description("A document that cityplan's figures come from, in Chinese.")
public record SourceDocument(
        @Id @NonNull @Description("Opaque global id.") String id,
        @NonNull @Description("Stable key of the document, e.g. sjz-capital-plan-2021.") String code,
        @NonNull @Description("The document's file name in the source collection.") String fileName,
        @NonNull @Description("Title in Chinese, as the document gives it.") String titleZh,
        @NonNull @Description("Title in English (our translation).") String titleEn,
        @Description("Publisher or issuer in Chinese, where the document names one.") String publisherZh,
        @Description("Publisher or issuer in English, where the document names one.") String publisherEn,
        @Description("The year the document's own 'this year' (今年) refers to.") int year,
        @Description("Date of the event the document reports, where it gives one.") LocalDate eventDate,
        @NonNull @Description("What sort of document it is.") DocumentKind kind,
        @NonNull @Description("What the document covers, in English (our summary).") String summaryEn,
        @Description("Where the document can be read, for one an editor registered with its URL; null otherwise.") String url)
        implements
            Node {

    static SourceDocument of(SourceDocumentEntity e) {
        return new SourceDocument(GlobalIds.document(e.code), e.code, e.fileName, e.titleZh, e.titleEn,
                e.publisherZh, e.publisherEn, e.year, e.eventDate, e.kind, e.summaryEn, e.url);
    }
}
