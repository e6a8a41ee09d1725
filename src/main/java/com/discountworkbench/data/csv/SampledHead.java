package com.discountworkbench.data.csv;

import com.discountworkbench.data.DataException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The first records of a file, kept as strings to work out the schema, and where the data rows start among
 * them. Both the whole-file read and the chunked read start with it, then replay the data rows into builders.
 */
final class SampledHead {
    static final int SAMPLE_RECORDS = 2000;

    final SampleSchema schema;
    /** True when the file has no more records than the sample. */
    final boolean wholeFile;
    /** Records read, blank ones and the header included (for estimates of what follows). */
    final int recordsRead;
    private final List<String[]> records;
    private final List<Long> lines;
    private final int firstData;

    private SampledHead(SampleSchema schema, List<String[]> records, List<Long> lines, int firstData) {
        this.schema = schema;
        this.records = records;
        this.lines = lines;
        this.firstData = firstData;
        this.recordsRead = records.size();
        this.wholeFile = records.size() < SAMPLE_RECORDS;
    }

    /** Reads up to {@link #SAMPLE_RECORDS} records; fails when the file holds no data. */
    static SampledHead read(RecordReader reader, Path file, char decimalSeparator, Set<String> forcedText)
            throws IOException {
        List<String[]> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        while (records.size() < SAMPLE_RECORDS && reader.next()) {
            records.add(reader.record().toStrings());
            lines.add(reader.record().line);
        }
        int first = firstNonBlank(records, 0);
        if (first < 0) {
            throw new DataException("The file has no data: it holds only blank lines.", file, -1, null, null);
        }
        SampleSchema schema = SampleSchema.from(records, decimalSeparator, forcedText);
        int firstData = schema.hasHeader ? first + 1 : first;
        if (records.size() < SAMPLE_RECORDS && firstNonBlank(records, firstData) < 0) {
            throw new DataException("The file has a header row but no data rows.", file, -1, null, null);
        }
        return new SampledHead(schema, records, lines, firstData);
    }

    /** Records after the header (blank ones included). */
    int dataRecords() {
        return records.size() - firstData;
    }

    /** The {@code i}-th record after the header, with its physical line number. */
    FieldSlices dataRecord(int i) {
        return FieldSlices.of(records.get(firstData + i), lines.get(firstData + i));
    }

    /** Feeds every data record to the ingester. */
    void replay(RowIngester ingester) {
        for (int i = 0; i < dataRecords(); i++) {
            ingester.accept(dataRecord(i));
        }
    }

    String[] columnNames() {
        return schema.plans.stream().map(ColumnPlan::name).toArray(String[]::new);
    }

    private static int firstNonBlank(List<String[]> records, int from) {
        for (int i = from; i < records.size(); i++) {
            for (String field : records.get(i)) {
                if (!field.isBlank()) {
                    return i;
                }
            }
        }
        return -1;
    }
}
