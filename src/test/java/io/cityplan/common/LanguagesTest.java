package io.cityplan.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class LanguagesTest {

    private static final String NAMES = """
            query Names($code: String!, $lang: Lang) {
              region(code: $code) { name nameInLang: name(lang: $lang) nameZh nameEn }
            }""";

    @Test
    void readsTheFirstOfChineseOrEnglishFromAcceptLanguage() {
        assertEquals(Lang.EN, Languages.of("en-GB,en;q=0.9,zh;q=0.5"));
        assertEquals(Lang.ZH, Languages.of("fr;q=1, zh-CN;q=0.8, en;q=0.7"));
        assertEquals(Lang.EN, Languages.of("de, en-US;q=0.5"));
        assertEquals(Lang.ZH, Languages.of("de"));
        assertEquals(Lang.ZH, Languages.of("not a header;;q=x"));
    }

    @Test
    void aNameIsInTheLanguageAskedForAndBothStayAvailable() {
        names("en-US", Map.of("code", "130104"))
                .body("data.region.name", equalTo("Qiaoxi District"))
                .body("data.region.nameZh", equalTo("桥西区"))
                .body("data.region.nameEn", equalTo("Qiaoxi District"));
        names("en-US", Map.of("code", "130104", "lang", "ZH"))
                .body("data.region.nameInLang", equalTo("桥西区"));
        names(null, Map.of("code", "130104"))
                .body("data.region.name", equalTo("桥西区"));
    }

    private static io.restassured.response.ValidatableResponse names(String acceptLanguage,
            Map<String, Object> variables) {
        var request = given().contentType(ContentType.JSON);
        if (acceptLanguage != null) {
            request = request.header("Accept-Language", acceptLanguage);
        }
        return request.body(Map.of("query", NAMES, "variables", variables)).when().post("/graphql").then()
                .statusCode(200).body("errors", org.hamcrest.Matchers.nullValue());
    }
}
