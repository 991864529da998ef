package io.cityplan.source;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("RegisterDocumentInput")
@Description("A source document that editors' figures will quote: a report, a bulletin, a news item.")
public record RegisterDocumentInput(
        @NonNull @Description("A stable key for it: lower-case letters, digits and hyphens, e.g. sjz-statistical-bulletin-2025.") String code,
        @NonNull @Description("Its title in Chinese, as the document gives it.") String titleZh,
        @NonNull @Description("Its title in English (a translation).") String titleEn,
        @Description("Its publisher or issuer in Chinese, where it names one.") String publisherZh,
        @Description("Its publisher or issuer in English.") String publisherEn,
        @Description("The year its own 'this year' (今年) refers to; an achieved figure it reports cannot be for a later year.") int year,
        @Description("The date it was published or of the event it reports, where it gives one.") LocalDate date,
        @NonNull @Description("What sort of document it is.") DocumentKind kind,
        @Description("Where it can be read: an http or https URL. Give a URL, a file name, or both.") String url,
        @Description("Its file name in the source collection; without one, the URL stands for it as the document's fileName.") String fileName,
        @NonNull @Description("What it covers, in English (the editor's summary).") String summaryEn,
        @Description("Any key unique to this change: sent again with the same input, the document is registered once.") String idempotencyKey) {
}
