package com.discountworkbench.data.csv;

import com.discountworkbench.data.DataException;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the records that need the full RFC 4180 quoting rules (doubled quotes, line breaks inside quotes,
 * quotes within a field) with OpenCSV, one physical line at a time.
 */
final class QuotedRecordParser {
    /**
     * Most physical lines one quoted record may span. OpenCSV joins a pending field by copying it for every
     * further line, so an unclosed quote would otherwise cost time quadratic in the lines that follow.
     */
    static final int MAX_QUOTED_LINES = 1000;

    /** The physical lines after the first one of the record. */
    interface Lines {
        boolean exhausted();

        String next() throws IOException;
    }

    private final ICSVParser parser;
    private final Path file;

    QuotedRecordParser(char delimiter, Path file) {
        this.parser = new RFC4180ParserBuilder().withSeparator(delimiter).build();
        this.file = file;
    }

    /** The fields of the record that starts with {@code firstLine} (physical line {@code lineNumber}). */
    String[] parse(String firstLine, long lineNumber, Lines more) throws IOException {
        List<String> fields = new ArrayList<>(List.of(parser.parseLineMulti(firstLine)));
        long length = firstLine.length();
        int lines = 1;
        while (parser.isPending()) {
            if (more.exhausted()) {
                throw new DataException("A quote opened on this line is never closed. Check the quotes around"
                        + " this line, or choose the right --delimiter.", file, lineNumber, null, null);
            }
            String line = more.next();
            length += line.length() + 1;
            if (length > RecordReader.MAX_FIELD_CHARS) {
                throw RecordReader.fieldTooLong(file, lineNumber);
            }
            if (++lines > MAX_QUOTED_LINES) {
                throw new DataException("A quoted field runs over more than " + MAX_QUOTED_LINES + " lines, so a quote"
                        + " is probably never closed. Check the quotes around this line.", file, lineNumber, null, null);
            }
            // While a quoted field is open, each call returns the fields completed since the previous call.
            fields.addAll(List.of(parser.parseLineMulti(line)));
        }
        for (String field : fields) {
            if (field.length() > RecordReader.MAX_FIELD_CHARS) {
                throw RecordReader.fieldTooLong(file, lineNumber);
            }
        }
        return fields.toArray(String[]::new);
    }
}
