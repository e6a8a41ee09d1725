package com.discountworkbench.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes the seeded all-numeric CSV that {@code bench load} reads. Columns cycle through four shapes seen in
 * customer data: amounts with 2 decimals (0..2000), rates with 4 decimals (0..1), counts (0..500) and 0/1 flags.
 */
final class BenchmarkCsv {
    private static final int SHAPES = 4;

    private BenchmarkCsv() {
    }

    static void write(Path target, int rows, int columns, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 20)) {
            StringBuilder header = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                header.append(c == 0 ? "" : ",").append(columnName(c));
            }
            out.write(header.append('\n').toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] line = new byte[columns * 24 + 1];
            for (int r = 0; r < rows; r++) {
                int at = 0;
                for (int c = 0; c < columns; c++) {
                    if (c > 0) {
                        line[at++] = ',';
                    }
                    at = switch (c % SHAPES) {
                        case 0 -> writeScaled(line, at, random.nextLong(200_001), 2);
                        case 1 -> writeScaled(line, at, random.nextLong(10_001), 4);
                        case 2 -> writeScaled(line, at, random.nextLong(501), 0);
                        default -> writeScaled(line, at, random.nextInt(2), 0);
                    };
                }
                line[at++] = '\n';
                out.write(line, 0, at);
            }
        }
    }

    static String columnName(int column) {
        String[] shapes = {"amount", "rate", "count", "flag"};
        return shapes[column % SHAPES] + "_" + (column / SHAPES + 1);
    }

    /** Writes {@code units / 10^decimals} with exactly that many decimals, without going through a String. */
    private static int writeScaled(byte[] out, int at, long units, int decimals) {
        long whole = units;
        long fraction = 0;
        long scale = 1;
        for (int i = 0; i < decimals; i++) {
            scale *= 10;
        }
        if (decimals > 0) {
            whole = units / scale;
            fraction = units % scale;
        }
        at = writeDigits(out, at, whole);
        if (decimals > 0) {
            out[at++] = '.';
            for (long div = scale / 10; div > 0; div /= 10) {
                out[at++] = (byte) ('0' + fraction / div % 10);
            }
        }
        return at;
    }

    private static int writeDigits(byte[] out, int at, long value) {
        if (value == 0) {
            out[at] = '0';
            return at + 1;
        }
        int digits = 0;
        for (long v = value; v > 0; v /= 10) {
            digits++;
        }
        for (int i = digits - 1; i >= 0; i--) {
            out[at + i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        return at + digits;
    }
}
