package vn.dondoc.app.shared;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * CSV the way Excel opens Vietnamese text correctly: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF, and
 * cells that a spreadsheet would run as a formula (= + - @) prefixed with an apostrophe.
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

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (!s.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
