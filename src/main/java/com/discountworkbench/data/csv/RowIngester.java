package com.discountworkbench.data.csv;

import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Feeds records into the column builders. Blank lines are skipped; a record with the wrong number of fields,
 * or a value its column cannot read, is rejected with its physical line number, and loading goes on.
 */
final class RowIngester {
    private static final int MAX_SHOWN_VALUE = 40;

    private final ColumnBuilder[] builders;
    private final String[] names;
    private final int width;
    private final List<RejectedRow> rejected = new ArrayList<>();
    private final long[] rejectionsByColumn;
    private final int[] trimmedStarts;
    private final int[] trimmedEnds;
    private long rejectedCount;
    private long blankLines;
    private int rows;

    RowIngester(ColumnBuilder[] builders, String[] names) {
        this.builders = builders;
        this.names = names;
        this.width = builders.length;
        this.rejectionsByColumn = new long[width];
        this.trimmedStarts = new int[width];
        this.trimmedEnds = new int[width];
    }

    void accept(FieldSlices r) {
        int count = r.count;
        if (count != width || Tokens.trimStart(r.chars, r.starts[0], r.ends[0]) == r.ends[0]) {
            if (r.isBlank()) {
                blankLines++;
                return;
            }
            if (count < width || !extraFieldsEmpty(r)) {
                reject(r.line, "has " + count + (count == 1 ? " field" : " fields") + ", expected " + width);
                return;
            }
        }
        char[] c = r.chars;
        int[] starts = r.starts;
        int[] ends = r.ends;
        byte[] shapes = r.shapes;
        for (int i = 0; i < width; i++) {
            byte shape = shapes[i];
            if (shape != FieldSlices.NOT_READ
                    && builders[i].stageNumber(r.numbers[i], shape == FieldSlices.FRACTION)) {
                trimmedStarts[i] = starts[i];
                trimmedEnds[i] = ends[i];
                continue;
            }
            int start = Tokens.trimStart(c, starts[i], ends[i]);
            int end = Tokens.trimEnd(c, start, ends[i]);
            trimmedStarts[i] = start;
            trimmedEnds[i] = end;
            if (!builders[i].stage(c, start, end)) {
                rejectionsByColumn[i]++;
                reject(r.line, "column '" + names[i] + "': '" + shown(new String(c, start, end - start))
                        + "' is not " + builders[i].expected());
                return;
            }
        }
        for (int i = 0; i < width; i++) {
            builders[i].commit(c, trimmedStarts[i], trimmedEnds[i]);
        }
        rows++;
    }

    /** Excel pads rows with empty fields past the last column; anything else there is a misaligned row. */
    private boolean extraFieldsEmpty(FieldSlices r) {
        for (int i = width; i < r.count; i++) {
            if (Tokens.trimStart(r.chars, r.starts[i], r.ends[i]) < Tokens.trimEnd(r.chars, r.starts[i], r.ends[i])) {
                return false;
            }
        }
        return true;
    }

    private void reject(long line, String reason) {
        rejectedCount++;
        if (rejected.size() < QualityReport.MAX_LISTED_REJECTIONS) {
            rejected.add(new RejectedRow(line, reason));
        }
    }

    private static String shown(String value) {
        return value.length() <= MAX_SHOWN_VALUE ? value : value.substring(0, MAX_SHOWN_VALUE) + "…";
    }

    int rows() {
        return rows;
    }

    long rejectedCount() {
        return rejectedCount;
    }

    List<RejectedRow> rejected() {
        return rejected;
    }

    long blankLines() {
        return blankLines;
    }

    long rejectionsInColumn(int column) {
        return rejectionsByColumn[column];
    }
}
