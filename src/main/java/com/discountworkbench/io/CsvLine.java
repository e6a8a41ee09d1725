package com.discountworkbench.io;

import java.io.IOException;
import java.io.Writer;

/**
 * One exported CSV record being built: text quoted only when it must be, numbers in the export's decimal
 * separator. Reused line after line so a million rows allocate almost nothing.
 */
final class CsvLine {
    private final CsvExportFormat format;
    private final StringBuilder line = new StringBuilder(256);
    private boolean empty = true;

    CsvLine(CsvExportFormat format) {
        this.format = format;
    }

    /** Text, quoted when it holds the delimiter, a quote or a line break. */
    CsvLine text(String text) {
        separate();
        boolean quote = text.indexOf(format.delimiter()) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        if (quote) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            line.append(text);
        }
        return this;
    }

    /** A fixed-point number without trailing zeros; NaN leaves the field empty. */
    CsvLine number(double value, int decimals) {
        separate();
        DecimalText.append(line, value, decimals, format.decimalSeparator());
        return this;
    }

    /** An empty field. */
    CsvLine empty() {
        separate();
        return this;
    }

    /** Writes the record with its line break and starts the next one. */
    void writeTo(Writer out) throws IOException {
        line.append('\n');
        out.append(line);
        line.setLength(0);
        empty = true;
    }

    /** A delimiter before every field but the first (which may itself be empty). */
    private void separate() {
        if (!empty) {
            line.append(format.delimiter());
        }
        empty = false;
    }
}
