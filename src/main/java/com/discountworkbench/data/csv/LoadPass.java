package com.discountworkbench.data.csv;

import com.discountworkbench.data.Column;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One read of the file from start to end: keeps the first records as a sample to work out the schema, replays
 * them into the column builders and streams the rest of the file straight into the builders.
 */
final class LoadPass {
    /** Room added to a row estimate from record lengths: growing an array late costs a copy of the column. */
    private static final double MULTI_LINE_MARGIN = 1.25;

    private final Path file;
    private final CsvDialect dialect;
    private final Set<String> forcedText;
    private final TaskMonitor monitor;

    /** What one pass produced. */
    record Result(List<Column> columns, SampleSchema schema, RowIngester ingester, String sha256, long size) {
    }

    LoadPass(Path file, CsvDialect dialect, Set<String> forcedText, TaskMonitor monitor) {
        this.file = file;
        this.dialect = dialect;
        this.forcedText = forcedText;
        this.monitor = monitor;
    }

    Result run() throws IOException {
        String message = "Reading " + file.getFileName();
        try (DecodedInput input = new DecodedInput(file, dialect.charset(), dialect.strictDecoding(),
                dialect.bomLength(), monitor, message)) {
            RecordReader reader = new RecordReader(input, file, dialect.delimiter(), dialect.decimalSeparator());
            SampledHead head = SampledHead.read(reader, file, dialect.decimalSeparator(), forcedText);
            int expectedRows = head.wholeFile ? head.dataRecords()
                    : head.dataRecords() + remainingRows(reader, input, head.recordsRead);
            ColumnBuilder[] builders = builders(head.schema, expectedRows, dialect.decimalSeparator());
            RowIngester ingester = new RowIngester(builders, head.columnNames());
            head.replay(ingester);
            SampleSchema schema = head.schema;
            head = null; // the sample's strings can go while the rest of the file streams in
            while (reader.next()) {
                ingester.accept(reader.record());
            }
            List<Column> columns = new ArrayList<>(builders.length);
            for (int i = 0; i < builders.length; i++) {
                columns.add(builders[i].build());
                builders[i] = null; // let the growable array go before the next column is trimmed
            }
            return new Result(columns, schema, ingester, input.sha256Hex(), input.size());
        }
    }

    /** Builders that decide each column's final type from its values. */
    static ColumnBuilder[] builders(SampleSchema schema, int expectedRows, char decimalSeparator) {
        ColumnBuilder[] builders = new ColumnBuilder[schema.plans.size()];
        for (int i = 0; i < builders.length; i++) {
            ColumnPlan plan = schema.plans.get(i);
            builders[i] = plan.kind().isNumeric() ? new NumericBuilder(plan, expectedRows)
                    : new TextBuilder(plan, expectedRows, decimalSeparator);
        }
        return builders;
    }

    /**
     * An upper bound on the records after the sample: the file's remaining lines. When the sample had records
     * spanning several lines, the bound is loose, so it is capped by an estimate from the sample's record length.
     */
    private int remainingRows(RecordReader reader, DecodedInput input, int sampled) throws IOException {
        long remainingLines = Math.max(0, LineBreakCounter.lines(file, monitor) - reader.linesConsumed());
        if (reader.linesConsumed() > sampled) {
            double bytesPerRecord = Math.max(1, reader.charsConsumed() * input.bytesPerChar() / sampled);
            long estimate = (long) (input.size() / bytesPerRecord * MULTI_LINE_MARGIN) + 16;
            remainingLines = Math.min(remainingLines, estimate);
        }
        return (int) Math.min(Integer.MAX_VALUE - 16 - sampled, remainingLines);
    }
}
