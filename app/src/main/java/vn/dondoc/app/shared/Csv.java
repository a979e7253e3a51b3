package vn.dondoc.app.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV the way Excel opens Vietnamese text correctly: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF, and
 * cells that a spreadsheet would run as a formula prefixed with an apostrophe. Used by every CSV export.
 */
public final class Csv {

    /** The byte-order mark that tells Excel the file is UTF-8. */
    public static final String BOM = "\uFEFF";

    private Csv() {
    }

    public static void row(Writer out, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    /**
     * One field: dates as dd/MM/yyyy, RFC 4180 quoting, and text a spreadsheet would run as a formula (= + - @,
     * also after leading spaces, or a leading tab or CR) made inert with an apostrophe.
     */
    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String v = value instanceof java.time.LocalDate d ? VnDates.DATE.format(d) : value.toString();
        String lead = v.stripLeading();
        if (value instanceof String && !v.isEmpty() && ("\t\r".indexOf(v.charAt(0)) >= 0
                || !lead.isEmpty() && "=+-@".indexOf(lead.charAt(0)) >= 0)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0
                || v.indexOf(';') >= 0 || !v.equals(v.strip());
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }
}
