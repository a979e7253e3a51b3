package vn.dondoc.extraction.structure;

/** Kinds of outline markers found at the start of a paragraph of a notice. */
public enum MarkerType {
    /** "I.", "II." … */
    ROMAN,
    /** "1.", "2)" */
    NUMBER,
    /** "1.1.", "2.3" */
    MULTI_NUMBER,
    /** "a)", "đ)" … Vietnamese alphabet */
    LETTER,
    /** "(i)", "(ii)", "(1)" */
    PARENTHESISED,
    /** "-", "–", "•" */
    DASH,
    /** "+" sub-items */
    PLUS,
    /** a paragraph without marker */
    NONE
}
