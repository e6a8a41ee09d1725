package com.discountworkbench.io;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a dataset as a plain CSV file the reader takes back unchanged: UTF-8, comma, header, values as the
 * dataset shows them (0/1 for yes/no columns), quoted only when needed, missing values empty. Atomic.
 */
public final class DatasetCsvWriter {
    private static final int CHECK_EVERY = 65_536;

    private DatasetCsvWriter() {
    }

    public static void write(Path target, Dataset data, TaskMonitor monitor) {
        try {
            AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> writeRows(out, data, monitor));
        } catch (IOException e) {
            throw new DataException("Could not write the file (" + e.getMessage() + "). Check that the folder exists"
                    + " and that you may write there.", target, -1, null, e);
        }
    }

    private static void writeRows(Writer out, Dataset data, TaskMonitor monitor) throws IOException {
        List<Column> columns = data.columns();
        StringBuilder line = new StringBuilder(256);
        for (int c = 0; c < columns.size(); c++) {
            appendField(line.append(c == 0 ? "" : ","), columns.get(c).name());
        }
        out.append(line).append('\n');
        for (int row = 0; row < data.rowCount(); row++) {
            if (row % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress((double) row / data.rowCount(), "Writing rows");
            }
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                appendField(line.append(c == 0 ? "" : ","), cell(columns.get(c), row));
            }
            out.append(line).append('\n');
        }
    }

    private static String cell(Column column, int row) {
        if (column.type() == ColumnType.BOOLEAN && !column.isMissing(row)) {
            return ((NumericColumn) column).get(row) != 0 ? "1" : "0";
        }
        return column.display(row);
    }

    private static void appendField(StringBuilder line, String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            line.append(text);
        }
    }
}
