package io.cityplan.source;

import static io.cityplan.common.GraphQLClient.query;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class SourceGraphQLApiTest {

    @Test
    void listsTheFiveSourceDocumentsOldestFirst() {
        query("{ documents { code fileName year kind } }")
                .body("data.documents", hasSize(5))
                .body("data.documents[0].code", equalTo("gaocheng-year-in-review-2020"))
                .body("data.documents.year", contains(2020, 2021, 2021, 2021, 2024));
    }

    @Test
    void describesADocumentByCode() {
        query("""
                query Document($code: String!) {
                  document(code: $code) { titleZh publisherZh eventDate kind fileName }
                }""", Map.of("code", "economic-work-conference-2021"))
                .body("data.document.publisherZh", equalTo("河北日报"))
                .body("data.document.eventDate", equalTo("2021-12-20"))
                .body("data.document.kind", equalTo("NEWS"))
                .body("data.document.fileName", equalTo("001_3329303f550bb39f.txt"));
        query("""
                query Document($code: String!) { document(code: $code) { code } }""", Map.of("code", "none"))
                .body("data.document", nullValue());
    }
}
