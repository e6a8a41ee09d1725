package com.discountworkbench.data.csv;

import java.nio.charset.Charset;

/**
 * How a file is written, as detected or chosen.
 *
 * @param strictDecoding true when a byte that is invalid in the charset must stop the read (detected UTF-8 and
 *                       anything the analyst chose); false for legacy charsets, where it becomes U+FFFD
 */
record CsvDialect(Charset charset, int bomLength, boolean strictDecoding, char delimiter, char decimalSeparator) {

    CsvDialect withCharset(Charset other, boolean strict) {
        return new CsvDialect(other, 0, strict, delimiter, decimalSeparator);
    }
}
