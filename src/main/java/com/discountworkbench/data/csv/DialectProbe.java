package com.discountworkbench.data.csv;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Settles encoding, delimiter and decimal separator from the first 64 KB, keeping whatever the analyst chose. */
final class DialectProbe {
    /** The first bytes of a file; {@code wholeFile} when the file is no longer than that. */
    record Head(byte[] bytes, int length, boolean wholeFile) {
    }

    private DialectProbe() {
    }

    static CsvDialect probe(Path file, Head head, CsvOptions options) {
        Charset charset = options.encoding();
        int bom = 0;
        boolean strict = true;
        if (charset == null) {
            EncodingDetector.Detected detected = EncodingDetector.detect(head.bytes(), head.length(), head.wholeFile(), file);
            charset = detected.charset();
            bom = detected.bomLength();
            strict = charset == StandardCharsets.UTF_8 || charset == StandardCharsets.UTF_16LE
                    || charset == StandardCharsets.UTF_16BE;
        }
        List<String> lines = DialectDetector.logicalLines(headText(head, charset, bom));
        if (lines.isEmpty()) {
            throw new DataException("The file has no data: it holds only blank lines.", file, -1, null, null);
        }
        char delimiter = options.delimiter() != null ? options.delimiter() : DialectDetector.delimiter(lines);
        char decimal = options.decimalSeparator() != null ? options.decimalSeparator()
                : DialectDetector.decimalSeparator(lines, delimiter);
        if (delimiter == decimal) {
            throw new DataException("The delimiter and the decimal separator are both '" + delimiter
                    + "'. Choose the other one with --delimiter or --decimal.", file, -1, null, null);
        }
        return new CsvDialect(charset, bom, strict, delimiter, decimal);
    }

    /** The head as text, without a last line that may be cut off. */
    private static String headText(Head head, Charset charset, int bom) {
        String text = new String(head.bytes(), bom, head.length() - bom, charset);
        if (head.wholeFile()) {
            return text;
        }
        int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
        return lastBreak > 0 ? text.substring(0, lastBreak) : text;
    }
}
