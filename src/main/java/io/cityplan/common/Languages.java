package io.cityplan.common;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/**
 * Picks the language of a field that comes in Chinese and English: the field's {@code lang} argument, else the
 * request's Accept-Language header, else Chinese, the language of the documents.
 */
@ApplicationScoped
public class Languages {

    /** What the fields that pick a language say about it. */
    public static final String RULE = "`lang` when given, else the first of Chinese or English that the request's "
            + "Accept-Language header names, else Chinese.";
    /** The description of their {@code lang} argument. */
    public static final String LANG = "The language; see the field's description when left out.";

    private final CurrentVertxRequest request;

    Languages(CurrentVertxRequest request) {
        this.request = request;
    }

    public String pick(Lang lang, String zh, String en) {
        return (lang == null ? fromHeader() : lang) == Lang.EN ? en : zh;
    }

    private Lang fromHeader() {
        var current = request.getCurrent();
        var header = current == null ? null : current.request().getHeader("Accept-Language");
        return header == null ? Lang.ZH : of(header);
    }

    /** The first of zh and en in an Accept-Language header, by the order and weights it gives. */
    static Lang of(String header) {
        try {
            for (var range : Locale.LanguageRange.parse(header)) {
                var tag = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && (tag.equals("zh") || tag.startsWith("zh-"))) {
                    return Lang.ZH;
                }
                if (range.getWeight() > 0 && (tag.equals("en") || tag.startsWith("en-"))) {
                    return Lang.EN;
                }
            }
        } catch (IllegalArgumentException malformed) {
            // A header we cannot read chooses nothing.
        }
        return Lang.ZH;
    }
}
