package com.discountworkbench.data.csv;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One read of the file from start to end: keeps the first records as a sample to work out the schema, replays
 * them into the column builders and streams the rest of the file straight into the builders.
 */
final class LoadPass {
    static final int SAMPLE_RECORDS = 2000;
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
        Charset charset = dialect.charset();
        try (DecodedInput input = new DecodedInput(file, charset, dialect.strictDecoding(), dialect.bomLength(),
                monitor, message)) {
            RecordReader reader = new RecordReader(input, file, dialect.delimiter(), dialect.decimalSeparator());
            List<String[]> sample = new ArrayList<>();
            List<Long> sampleLines = new ArrayList<>();
            while (sample.size() < SAMPLE_RECORDS && reader.next()) {
                sample.add(reader.record().toStrings());
                sampleLines.add(reader.record().line);
            }
            boolean wholeFileSampled = sample.size() < SAMPLE_RECORDS;
            int first = firstNonBlank(sample);
            if (first < 0) {
                throw new DataException("The file has no data: it holds only blank lines.", file, -1, null, null);
            }
            SampleSchema schema = SampleSchema.from(sample, dialect.decimalSeparator(), forcedText);
            int firstData = schema.hasHeader ? first + 1 : first;
            if (wholeFileSampled && firstNonBlank(sample.subList(firstData, sample.size())) < 0) {
                throw new DataException("The file has a header row but no data rows.", file, -1, null, null);
            }
            int expectedRows = wholeFileSampled ? sample.size() - firstData
                    : sample.size() - firstData + remainingRows(reader, input, sample.size());
            ColumnBuilder[] builders = builders(schema, expectedRows);
            String[] names = schema.plans.stream().map(ColumnPlan::name).toArray(String[]::new);
            RowIngester ingester = new RowIngester(builders, names);
            for (int i = firstData; i < sample.size(); i++) {
                ingester.accept(FieldSlices.of(sample.get(i), sampleLines.get(i)));
            }
            sample.clear();
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

    private ColumnBuilder[] builders(SampleSchema schema, int expectedRows) {
        ColumnBuilder[] builders = new ColumnBuilder[schema.plans.size()];
        for (int i = 0; i < builders.length; i++) {
            ColumnPlan plan = schema.plans.get(i);
            builders[i] = plan.kind().isNumeric() ? new NumericBuilder(plan, expectedRows)
                    : new TextBuilder(plan, expectedRows, dialect.decimalSeparator());
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

    private static int firstNonBlank(List<String[]> records) {
        for (int i = 0; i < records.size(); i++) {
            for (String field : records.get(i)) {
                if (!field.isBlank()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
