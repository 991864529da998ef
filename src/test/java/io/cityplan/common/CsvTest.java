package io.cityplan.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatMustBeQuotedAndEndsLinesWithCrLf() {
        var out = new StringBuilder();
        Csv.line(out, List.of("桥西区", "完成\"十四五\"目标, 增长8%", "line\nbreak"));
        Csv.line(out, Arrays.asList(null, 12, true));
        assertEquals("桥西区,\"完成\"\"十四五\"\"目标, 增长8%\",\"line\nbreak\"\r\n,12,true\r\n", out.toString());
    }

    @Test
    void writesDecimalsInPlainNotation() {
        assertEquals("10000", Csv.cell(new BigDecimal("1E+4")));
        assertEquals("-2.50", Csv.cell(new BigDecimal("-2.50")));
    }

    @Test
    void defusesTextASpreadsheetWouldRunAsAFormulaButKeepsNegativeNumbers() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'@home", Csv.cell("@home"));
        assertEquals("'-x", Csv.cell("-x"));
        assertEquals("-3", Csv.cell("-3"));
        assertEquals("-.5", Csv.cell("-.5"));
    }
}
