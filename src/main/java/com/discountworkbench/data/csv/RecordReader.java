package com.discountworkbench.data.csv;

import com.discountworkbench.data.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Splits decoded text into records. Plain lines (nearly all of them, also those quoting a field only because it
 * holds the delimiter) are split in place by a hand-written loop; a line with any other quoting goes to OpenCSV's
 * RFC 4180 parser, which also joins a quoted field across line breaks. Line ends may be CRLF, LF or CR. Counts
 * physical lines so problems can be located.
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
    private static final int NOT_SIMPLE = -1;
    private static final int MORE_INPUT = -2;

    private final DecodedInput input;
    private final Path file;
    private final char delimiter;
    private final QuotedRecordParser quotedParser;
    private final PlainNumber plainNumber;
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

    RecordReader(DecodedInput input, Path file, char delimiter, char decimalSeparator) {
        this.input = input;
        this.file = file;
        this.delimiter = delimiter;
        this.plainNumber = new PlainNumber(decimalSeparator);
        this.quotedParser = new QuotedRecordParser(delimiter, file);
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

    /**
     * Splits the record at the current position in place. Each field is first read as a plain number; the scan
     * for the field's end then goes on from where the number stopped (at once, for a numeric field). A field
     * quoted only to protect a delimiter, closed on the same line, is taken between its quotes; any other quote
     * (doubled quotes, a line break inside, a quote within a field) sends the record to OpenCSV.
     */
    private int scanPlainRecord() {
        final char[] b = buffer;
        final char d = delimiter;
        final int end = limit;
        final PlainNumber number = plainNumber;
        FieldSlices r = record;
        r.chars = b;
        r.count = 0;
        int i = position;
        while (true) {
            int fieldStart = i;
            int fieldEnd;
            byte shape = FieldSlices.NOT_READ;
            if (i < end && b[i] == '"') {
                int close = closingQuote(b, i, end);
                if (close < 0) {
                    return close == MORE_INPUT ? NEED_MORE : QUOTED;
                }
                fieldStart = i + 1;
                fieldEnd = close;
                i = close + 1;
                while (i < end && b[i] == ' ') {
                    i++; // spaces between the closing quote and the delimiter
                }
            } else {
                int afterNumber = number.scan(b, i, end);
                if (afterNumber >= 0) {
                    i = afterNumber;
                    shape = number.fractional ? FieldSlices.FRACTION : FieldSlices.INTEGER;
                }
                for (; i < end; i++) {
                    char c = b[i];
                    if (c == d || c <= '"' && (c == '\n' || c == '\r' || c == '"')) {
                        break;
                    }
                    shape = FieldSlices.NOT_READ;
                }
                fieldEnd = i;
            }
            if (i == end) {
                if (end - fieldStart > MAX_FIELD_CHARS) {
                    throw fieldTooLong(file, nextLine);
                }
                if (!endOfInput) {
                    return NEED_MORE;
                }
                if (i == position) {
                    return END;
                }
                r.addNumber(fieldStart, fieldEnd, shape, number.value); // last line without a line break
                finishPlain(end);
                return RECORD;
            }
            char c = b[i];
            if (c == '"') {
                return QUOTED;
            }
            if (c == '\r' && i + 1 == end && !endOfInput) {
                return NEED_MORE; // a LF may follow in the next block
            }
            r.addNumber(fieldStart, fieldEnd, shape, number.value);
            if (c != d) {
                finishPlain(c == '\r' && i + 1 < end && b[i + 1] == '\n' ? i + 2 : i + 1);
                return RECORD;
            }
            i++;
        }
    }

    /**
     * The index of the quote closing the field opened at {@code open}, when it closes on the same line and is
     * followed (after spaces, if any) by the delimiter, a line break or the end of the file; {@link #NOT_SIMPLE} when the field needs
     * OpenCSV; {@link #MORE_INPUT} when the buffer ends first.
     */
    private int closingQuote(char[] b, int open, int end) {
        for (int j = open + 1; j < end; j++) {
            char c = b[j];
            if (c == '"') {
                int after = j + 1;
                while (after < end && b[after] == ' ') {
                    after++;
                }
                if (after == end) {
                    return endOfInput ? j : MORE_INPUT;
                }
                char next = b[after];
                return next == delimiter || next == '\n' || next == '\r' ? j : NOT_SIMPLE;
            }
            if (c == '\n' || c == '\r') {
                return NOT_SIMPLE;
            }
        }
        return endOfInput ? NOT_SIMPLE : MORE_INPUT;
    }

    private void finishPlain(int next) {
        if (next - position > MAX_FIELD_CHARS) {
            for (int f = 0; f < record.count; f++) {
                if (record.ends[f] - record.starts[f] > MAX_FIELD_CHARS) {
                    throw fieldTooLong(file, nextLine);
                }
            }
        }
        record.line = nextLine++;
        charsConsumed += next - position;
        position = next;
    }

    private void readQuotedRecord() throws IOException {
        long firstLine = nextLine;
        String[] fields = quotedParser.parse(nextPhysicalLine(), firstLine, new QuotedRecordParser.Lines() {
            @Override public boolean exhausted() { return position == limit && endOfInput; }

            @Override public String next() throws IOException { return nextPhysicalLine(); }
        });
        quotedRecord.set(fields, firstLine);
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
                throw fieldTooLong(file, nextLine);
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

    static DataException fieldTooLong(Path file, long line) {
        return new DataException("A field is longer than " + MAX_FIELD_CHARS / (1 << 20) + " MB of text. This is"
                + " not a table an analyst can use, or a quote is never closed; check the file around this line.",
                file, line, null, null);
    }
}
