package com.discountworkbench.data.csv;

import com.discountworkbench.data.DataException;
import com.opencsv.ICSVParser;
import com.opencsv.RFC4180ParserBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits decoded text into records. Lines without a quote character (nearly all of them) are split in place by
 * a hand-written loop; a line with a quote goes to OpenCSV's RFC 4180 parser, which also joins a quoted field
 * across line breaks. Line ends may be CRLF, LF or CR. Counts physical lines so problems can be located.
 */
final class RecordReader {
    /** Longest field accepted; a longer one means the file is not a table or a quote is never closed. */
    static final int MAX_FIELD_CHARS = 1 << 20;
    /** Longest record accepted (many fields), so a file without line breaks cannot exhaust memory. */
    static final int MAX_RECORD_CHARS = 1 << 24;
    private static final int INITIAL_BUFFER_CHARS = 1 << 17;
    private static final int RECORD = 0;
    private static final int NEED_MORE = 1;
    private static final int QUOTED = 2;
    private static final int END = 3;

    private final DecodedInput input;
    private final Path file;
    private final char delimiter;
    private final ICSVParser quotedParser;
    private final FieldSlices record = new FieldSlices();
    private final FieldSlices quotedRecord = new FieldSlices();
    private FieldSlices current = record;
    private char[] buffer = new char[INITIAL_BUFFER_CHARS];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private long nextLine = 1;
    private long charsConsumed;

    RecordReader(DecodedInput input, Path file, char delimiter) {
        this.input = input;
        this.file = file;
        this.delimiter = delimiter;
        this.quotedParser = new RFC4180ParserBuilder().withSeparator(delimiter).build();
    }

    /** Reads the next record; false at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            int result = scanPlainRecord();
            if (result == RECORD) {
                current = record;
                return true;
            }
            if (result == END) {
                return false;
            }
            if (result == QUOTED) {
                readQuotedRecord();
                current = quotedRecord;
                return true;
            }
            fill();
        }
    }

    /** The record just read; valid until the next call of {@link #next()}. */
    FieldSlices record() {
        return current;
    }

    /** Physical lines consumed so far. */
    long linesConsumed() {
        return nextLine - 1;
    }

    /** Characters consumed so far, line ends included. */
    long charsConsumed() {
        return charsConsumed;
    }

    private int scanPlainRecord() {
        final char[] b = buffer;
        final char d = delimiter;
        final int end = limit;
        FieldSlices r = record;
        r.chars = b;
        r.count = 0;
        int fieldStart = position;
        for (int i = position; i < end; i++) {
            char c = b[i];
            if (c == d) {
                checkFieldLength(fieldStart, i);
                r.add(fieldStart, i);
                fieldStart = i + 1;
            } else if (c <= '"') {
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 == end && !endOfInput) {
                        return NEED_MORE; // a LF may follow in the next block
                    }
                    checkFieldLength(fieldStart, i);
                    r.add(fieldStart, i);
                    int next = c == '\r' && i + 1 < end && b[i + 1] == '\n' ? i + 2 : i + 1;
                    finishPlain(next);
                    return RECORD;
                }
                if (c == '"') {
                    return QUOTED;
                }
            }
        }
        checkFieldLength(fieldStart, end);
        if (!endOfInput) {
            return NEED_MORE;
        }
        if (position == end) {
            return END;
        }
        r.add(fieldStart, end); // last line without a line break
        finishPlain(end);
        return RECORD;
    }

    private void finishPlain(int next) {
        record.line = nextLine++;
        charsConsumed += next - position;
        position = next;
    }

    private void readQuotedRecord() throws IOException {
        long firstLine = nextLine;
        long length = 0;
        List<String> fields = new ArrayList<>(List.of(quotedParser.parseLineMulti(nextPhysicalLine())));
        while (quotedParser.isPending()) {
            if (position == limit && endOfInput) {
                throw new DataException("A quote opened on this line is never closed. Check the quotes around"
                        + " this line, or choose the right --delimiter.", file, firstLine, null, null);
            }
            String line = nextPhysicalLine();
            length += line.length() + 1;
            if (length > MAX_FIELD_CHARS) {
                throw fieldTooLong(firstLine);
            }
            // While a quoted field is open, each call returns the fields completed since the previous call.
            fields.addAll(List.of(quotedParser.parseLineMulti(line)));
        }
        for (String field : fields) {
            if (field.length() > MAX_FIELD_CHARS) {
                throw fieldTooLong(firstLine);
            }
        }
        quotedRecord.set(fields.toArray(String[]::new), firstLine);
    }

    /** The rest of the current physical line without its line break, and moves past the break. */
    private String nextPhysicalLine() throws IOException {
        while (true) {
            for (int i = position; i < limit; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 == limit && !endOfInput) {
                        break;
                    }
                    String line = new String(buffer, position, i - position);
                    int next = c == '\r' && i + 1 < limit && buffer[i + 1] == '\n' ? i + 2 : i + 1;
                    consumeLine(next);
                    return line;
                }
            }
            if (limit - position > MAX_FIELD_CHARS) {
                throw fieldTooLong(nextLine);
            }
            if (endOfInput) {
                String line = new String(buffer, position, limit - position);
                consumeLine(limit);
                return line;
            }
            fill();
        }
    }

    private void consumeLine(int next) {
        nextLine++;
        charsConsumed += next - position;
        position = next;
    }

    /** Moves the unread text to the front of the buffer (growing it if one record fills it) and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
        } else if (unread == buffer.length) {
            if (buffer.length >= MAX_RECORD_CHARS) {
                throw new DataException("A line is longer than " + MAX_RECORD_CHARS / (1 << 20) + " MB of text;"
                        + " this is not a table an analyst can use.", file, nextLine, null, null);
            }
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        position = 0;
        limit = unread;
        int n = input.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            endOfInput = true;
        } else {
            limit += n;
        }
        if (!started && limit > 0) {
            started = true;
            if (buffer[0] == '\uFEFF') {
                position = 1; // byte-order mark decoded as a character
            }
        }
    }

    private void checkFieldLength(int start, int end) {
        if (end - start > MAX_FIELD_CHARS) {
            throw fieldTooLong(nextLine);
        }
    }

    private DataException fieldTooLong(long line) {
        return new DataException("A field is longer than " + MAX_FIELD_CHARS / (1 << 20) + " MB of text. This is"
                + " not a table an analyst can use, or a quote is never closed; check the file around this line.",
                file, line, null, null);
    }
}
