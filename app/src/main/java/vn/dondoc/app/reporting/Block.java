package vn.dondoc.app.reporting;

import java.util.List;

/**
 * A piece of a report document, written once and rendered as DOCX and as PDF, so both carry the same content.
 */
sealed interface Block {

    /** Paragraph alignment. */
    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    /** A paragraph; {@code size} in points. */
    record Para(String text, boolean bold, boolean italic, Align align, int size) implements Block {
        static Para body(String text) {
            return new Para(text, false, false, Align.JUSTIFY, 13);
        }

        static Para heading(String text) {
            return new Para(text, true, false, Align.LEFT, 13);
        }
    }

    /** A line of a two-column block: text and style. */
    record Cell(String text, boolean bold, boolean italic) {
        static Cell plain(String text) {
            return new Cell(text, false, false);
        }

        static Cell bold(String text) {
            return new Cell(text, true, false);
        }

        static Cell italic(String text) {
            return new Cell(text, false, true);
        }
    }

    /**
     * Two borderless columns (the agency header beside the national motto; "Nơi nhận" beside the signature);
     * {@code leftShare} of the width in percent, each column centered unless {@code leftAligned}.
     */
    record Columns(List<Cell> left, List<Cell> right, int leftShare, boolean leftAligned, int size) implements Block {
    }

    /** A ruled table; {@code widths} relative; the first row is the header, bold rows by index. */
    record Table(int[] widths, List<List<String>> rows, java.util.Set<Integer> boldRows, int size) implements Block {
    }
}
