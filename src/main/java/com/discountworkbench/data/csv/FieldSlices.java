package com.discountworkbench.data.csv;

import java.util.Arrays;

/**
 * One record as slices of a character array, so fields are parsed where they lie instead of becoming strings.
 * The reader reuses one instance: its contents are valid until the next record is read.
 */
class FieldSlices {
    char[] chars = new char[0];
    int[] starts = new int[32];
    int[] ends = new int[32];
    int count;
    /** Physical line (1-based) on which the record starts. */
    long line;

    /** A record made from strings (the sample rows kept while the types are worked out). */
    static FieldSlices of(String[] fields, long line) {
        FieldSlices slices = new FieldSlices();
        slices.set(fields, line);
        return slices;
    }

    final void set(String[] fields, long lineNumber) {
        int total = 0;
        for (String field : fields) {
            total += field.length();
        }
        if (chars.length < total) {
            chars = new char[Math.max(total, 2 * chars.length)];
        }
        count = 0;
        int at = 0;
        for (String field : fields) {
            field.getChars(0, field.length(), chars, at);
            add(at, at + field.length());
            at += field.length();
        }
        line = lineNumber;
    }

    final void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    final String field(int i) {
        return new String(chars, starts[i], ends[i] - starts[i]);
    }

    final String[] toStrings() {
        String[] fields = new String[count];
        for (int i = 0; i < count; i++) {
            fields[i] = field(i);
        }
        return fields;
    }

    /** True when every field is empty or spaces, as in the {@code ,,,,} lines Excel leaves behind. */
    final boolean isBlank() {
        for (int i = 0; i < count; i++) {
            if (Tokens.trimStart(chars, starts[i], ends[i]) < Tokens.trimEnd(chars, starts[i], ends[i])) {
                return false;
            }
        }
        return true;
    }
}
