package com.discountworkbench.sample;

import com.discountworkbench.data.DataException;
import com.discountworkbench.io.AtomicFiles;
import com.discountworkbench.io.OutputPaths;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Writes sample rows as CSV: UTF-8 without BOM, comma, header, LF line ends, no quoting (no value holds a
 * comma or a quote). Numbers have fixed decimals, so the same rows always give the same bytes.
 */
public final class SampleCsv {
    private static final int PROGRESS_EVERY = 10_000;

    private SampleCsv() {
    }

    /**
     * Writes the rows completely or not at all ({@link AtomicFiles}), so a failure or a cancellation never
     * leaves a partial file.
     *
     * @param expectedRows number of rows, for progress only
     */
    public static void writeAtomically(Path out, Iterable<SampleRow> rows, int expectedRows, TaskMonitor monitor) {
        OutputPaths.requireFileInExistingFolder(out, "customers.csv");
        try {
            AtomicFiles.writeText(out.toAbsolutePath(), StandardCharsets.UTF_8,
                    writer -> write(writer, rows, expectedRows, monitor));
        } catch (IOException e) {
            throw new DataException("Could not write the file (" + e.getMessage()
                    + "). Check that the folder is writable and the disk is not full.", out, -1, null, e);
        }
    }

    /** Header and rows, checking for cancellation between blocks of rows. */
    public static void write(Writer writer, Iterable<SampleRow> rows, int expectedRows, TaskMonitor monitor)
            throws IOException {
        writer.write(String.join(",", SampleColumns.ALL));
        writer.write('\n');
        StringBuilder line = new StringBuilder(128);
        int written = 0;
        for (SampleRow row : rows) {
            line.setLength(0);
            appendRow(line, row);
            writer.append(line);
            written++;
            if (written % PROGRESS_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress(expectedRows > 0 ? (double) written / expectedRows : -1, "Writing sample rows");
            }
        }
    }

    private static void appendRow(StringBuilder line, SampleRow row) {
        SampleCustomer c = row.customer();
        line.append(c.id()).append(',')
                .append(c.age()).append(',')
                .append(c.cityTier()).append(',')
                .append(c.device().label()).append(',')
                .append(c.sessions30d()).append(',')
                .append(c.pageViews30d()).append(',')
                .append(c.cartAdds30d()).append(',')
                .append(c.pastOrders()).append(',');
        appendFixed(line, c.avgOrderValue(), 2).append(',')
                .append(c.daysSinceLastOrder()).append(',')
                .append(c.couponsUsed()).append(',')
                .append(c.favoriteCategory().label()).append(',');
        appendFixed(line, c.grossMarginRate(), 3).append(',');
        appendFixed(line, row.discountOffered(), 2).append(',')
                .append(row.purchased() ? 1 : 0).append(',');
        appendFixed(line, row.spend(), 2).append('\n');
    }

    /** A non-negative number with exactly {@code decimals} decimals, without locale or exponent. */
    static StringBuilder appendFixed(StringBuilder out, double value, int decimals) {
        long scale = (long) StrictMath.pow(10, decimals);
        long scaled = Math.round(value * scale);
        out.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        out.append("0".repeat(decimals - fraction.length())).append(fraction);
        return out;
    }
}
