package io.cityplan.source;

import jakarta.enterprise.context.ApplicationScoped;

import io.cityplan.execution.SqlField;
import io.cityplan.execution.SqlSchema;
import io.cityplan.execution.SqlTypes;

/**
 * Documents and citations as {@link io.cityplan.execution.QueryCompiler} reads them: the same fields as
 * {@link SourceGraphQLApi}.
 */
@ApplicationScoped
class SourceSqlTypes implements SqlTypes {

    @Override
    public void contribute(SqlSchema schema) {
        schema.table("Citation", "citation").table("SourceDocument", "source_document");
        schema.field("Query", "document", SqlField.byCode("SourceDocument"));
        schema.field("Citation", "id", SqlField.id(GlobalIds.CITATION, "id"))
                .field("Citation", "quote", SqlField.column("quote"))
                .field("Citation", "document", SqlField.one("SourceDocument", "code", "document_code"));
        schema.field("SourceDocument", "id", SqlField.id(GlobalIds.DOCUMENT, "code"))
                .field("SourceDocument", "code", SqlField.column("code"))
                .field("SourceDocument", "fileName", SqlField.column("file_name"))
                .field("SourceDocument", "titleZh", SqlField.column("title_zh"))
                .field("SourceDocument", "titleEn", SqlField.column("title_en"))
                .field("SourceDocument", "publisherZh", SqlField.column("publisher_zh"))
                .field("SourceDocument", "publisherEn", SqlField.column("publisher_en"))
                .field("SourceDocument", "year", SqlField.column("year"))
                .field("SourceDocument", "kind", SqlField.column("kind"))
                .field("SourceDocument", "url", SqlField.column("url"))
                .field("SourceDocument", "summaryEn", SqlField.column("summary_en"));
    }
}
