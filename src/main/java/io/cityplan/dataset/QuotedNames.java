package io.cityplan.dataset;

import java.util.List;

/** How the dataset checks that the quote of an indicator's figure names the indicator. */
final class QuotedNames {

    /**
     * Words an indicator's name may add to its source's: 的, and 新增 (added), 长度, 面积, 时间, 金额 (length, area,
     * time, amount).
     */
    private static final List<String> LABEL_WORDS = List.of("的", "新增", "长度", "面积", "时间", "金额");

    private QuotedNames() {
    }

    /**
     * Whether a quote names an indicator: it writes the name, or the name is made of the quote's characters, with at
     * most a particle or a word that says what kind of amount is counted, which a quote gives only by its unit.
     */
    static boolean namedBy(String nameZh, String quote) {
        if (quote.contains(nameZh)) {
            return true;
        }
        var rest = nameZh;
        for (var word : LABEL_WORDS) {
            rest = rest.replace(word, "");
        }
        return rest.codePoints().allMatch(c -> quote.indexOf(c) >= 0);
    }
}
