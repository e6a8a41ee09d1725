package com.discountworkbench.io;

/** One CSV field as text: quoted only when it holds the delimiter, a quote or a line break (RFC 4180). */
final class CsvFields {
    private CsvFields() {
    }

    /** Appends the field and the delimiter after it. */
    static void append(StringBuilder line, String text, char delimiter) {
        boolean quote = text.indexOf(delimiter) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        if (quote) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            line.append(text);
        }
        line.append(delimiter);
    }
}
