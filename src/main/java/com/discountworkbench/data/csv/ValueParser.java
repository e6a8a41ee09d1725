package com.discountworkbench.data.csv;

/** Parses a trimmed, non-missing field of a numeric column into a float; reusable, no allocation per value. */
interface ValueParser {

    /** False when the text is not a value of this kind; otherwise {@link #value()} holds it. */
    boolean parse(char[] c, int start, int end);

    float value();

    /** True when the last value was written with a fraction, exponent or percent sign (so it is a decimal). */
    default boolean fractional() {
        return false;
    }

    /** What a valid value looks like, for rejection messages ("a number", "a date like 2024-03-31"). */
    String expected();

    default boolean parse(String text) {
        return parse(text.toCharArray(), 0, text.length());
    }
}
