package com.discountworkbench.data.csv;

import java.util.Arrays;

/**
 * One record as slices of a character array, so fields are parsed where they lie instead of becoming strings.
 * The reader reuses one instance: its contents are valid until the next record is read.
 */
class FieldSlices {
    static final byte NOT_READ = 0;
    static final byte INTEGER = 1;
    static final byte FRACTION = 2;

    char[] chars = new char[0];
    int[] starts = new int[32];
    int[] ends = new int[32];
    /** A field's value when the reader already read it as a plain number (see {@link #shapes}). */
    float[] numbers = new float[32];
    /** Per field: {@link #NOT_READ}, {@link #INTEGER} or {@link #FRACTION}. */
    byte[] shapes = new byte[32];
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
        addNumber(start, end, NOT_READ, 0f);
    }

    /** Adds a field the reader read as a plain number of the given shape. */
    final void addNumber(int start, int end, byte shape, float number) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            numbers = Arrays.copyOf(numbers, count * 2);
            shapes = Arrays.copyOf(shapes, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        shapes[count] = shape;
        numbers[count] = number;
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
