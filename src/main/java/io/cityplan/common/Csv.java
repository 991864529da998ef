package io.cityplan.common;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV as spreadsheets read it: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte order mark first, without which Excel
 * reads UTF-8 as the system's code page and garbles Chinese. The explorer's own CSV (explorer/tables.js) follows the
 * same rules.
 */
public final class Csv {

    /** The byte order mark that starts a file, so that Excel reads it as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    /**
     * Text a spreadsheet would run as a formula: =, +, @, a tab or carriage return first, or - before anything but a
     * number. Such a cell gets a leading apostrophe; numbers, negative ones included, are written as numbers.
     */
    private static final Pattern FORMULA = Pattern.compile("^(?:[=+@\\t\\r]|-(?![\\d.]))");

    private Csv() {
    }

    /** One line: each value written as {@link #cell}, separated by commas, ended by CRLF. */
    public static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(values.get(i)));
        }
        out.append("\r\n");
    }

    /** A value as a cell: empty for null, numbers in plain notation, text quoted where it must be. */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        var text = value.toString();
        if (FORMULA.matcher(text).find()) {
            text = "'" + text;
        }
        if (text.indexOf('"') >= 0 || text.indexOf(',') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
