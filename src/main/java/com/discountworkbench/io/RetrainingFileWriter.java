package com.discountworkbench.io;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.json.Json;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the training data grown by a campaign ({@link com.discountworkbench.policy.RetrainingData}) as a plain CSV
 * file the Data step reads back (UTF-8, comma, header, every value as the data shows it), atomically, with a
 * manifest beside it ({@code NAME.manifest.json}) recording where the rows came from.
 */
public final class RetrainingFileWriter {
    private static final int CHECK_EVERY = 65_536;

    /**
     * Where the rows came from.
     *
     * @param file            the training file's name
     * @param createdAt       ISO-8601 instant
     * @param appVersion      {@link AppInfo#version()}
     * @param dataFile        the file name of the data the model was trained on
     * @param dataSha256      its SHA-256
     * @param outcomesFile    the file name of the campaign outcomes
     * @param outcomesSha256  its SHA-256
     * @param historyRows     rows copied from the data
     * @param appendedRows    rows added from the outcomes
     */
    public record Manifest(String file, String createdAt, String appVersion, String dataFile, String dataSha256,
                           String outcomesFile, String outcomesSha256, int historyRows, int appendedRows) {
    }

    private RetrainingFileWriter() {
    }

    public static void write(Path target, Dataset merged, Dataset outcomes, int historyRows, TaskMonitor monitor) {
        Manifest manifest = new Manifest(target.getFileName().toString(), Instant.now().toString(), AppInfo.version(),
                String.valueOf(merged.source().file().getFileName()), merged.source().sha256(),
                String.valueOf(outcomes.source().file().getFileName()), outcomes.source().sha256(), historyRows,
                merged.rowCount() - historyRows);
        try {
            AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> writeRows(out, merged, monitor));
            AtomicFiles.writeText(PolicyManifest.pathFor(target), StandardCharsets.UTF_8,
                    out -> out.write(Json.write(manifest)));
        } catch (IOException e) {
            throw new DataException("Could not write the training file (" + e.getMessage() + "). Check that the "
                    + "folder exists and that you may write there.", target, -1, null, e);
        }
    }

    private static void writeRows(Writer out, Dataset data, TaskMonitor monitor) throws IOException {
        StringBuilder line = new StringBuilder(256);
        for (Column column : data.columns()) {
            CsvFields.append(line, column.name(), ',');
        }
        endLine(out, line);
        for (int row = 0; row < data.rowCount(); row++) {
            if (row % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress((double) row / data.rowCount(), "Writing the training file");
            }
            for (Column column : data.columns()) {
                CsvFields.append(line, column.display(row), ',');
            }
            endLine(out, line);
        }
    }

    private static void endLine(Writer out, StringBuilder line) throws IOException {
        line.setLength(line.length() - 1);
        line.append('\n');
        out.append(line);
        line.setLength(0);
    }
}
