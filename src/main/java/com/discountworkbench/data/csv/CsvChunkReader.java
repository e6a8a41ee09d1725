package com.discountworkbench.data.csv;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.ReadFindings;
import com.discountworkbench.task.TaskMonitor;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a file larger than memory as a sequence of {@link Dataset} chunks of at most {@code chunkRows} rows, front
 * to back, with the tokenizer and column builders of {@link CsvDatasetReader#read}. Only one chunk (plus the
 * reader's buffers and the shared category dictionaries) is in memory at a time, whatever the file's size.
 *
 * <p>Every chunk has the same columns, types and roles: those of the first 2,000 records, read as
 * {@code read} reads a file (see {@link ChunkSchema}). Because nothing can be read twice, two things differ
 * from {@code read} on a file longer than that sample: a type is never revised by later rows (a later value a
 * numeric column cannot read rejects its row instead of turning the column into text), and bytes that are not
 * valid in the detected encoding stop the read with an error naming {@code --encoding}, unless they occur in
 * the sample. Rejected rows are reported as in {@code read}, with their physical line numbers. Progress is the
 * share of the file's bytes read; cancellation is checked between chunks and every 256 KB. The file's SHA-256
 * is known once the last chunk was read ({@link #summary()}). Close the reader when done, also after a failure.
 */
public final class CsvChunkReader implements Iterator<Dataset>, Closeable {

    /**
     * What reading the whole file found.
     *
     * @param source   the file, with its SHA-256
     * @param rows     rows handed out in chunks
     * @param findings rejected rows, blank lines and warnings about the file's structure
     */
    public record Summary(DataSource source, long rows, ReadFindings findings) {
    }

    private final Path file;
    private final CsvDialect dialect;
    private final DecodedInput input;
    private final RecordReader reader;
    private final ChunkSchema schema;
    private final DataSource chunkSource;
    private final RowIngester ingester;
    private final ColumnBuilder[] builders;
    private final int chunkRows;
    private final TaskMonitor monitor;
    private final List<QualityWarning> warnings;
    private SampledHead head;
    private int replayed;
    private Dataset pending;
    private Summary summary;

    private CsvChunkReader(Path file, CsvDialect dialect, DecodedInput input, RecordReader reader, SampledHead head,
                           Map<String, ColumnRole> overrides, int chunkRows,
                           TaskMonitor monitor, List<QualityWarning> decodingWarnings) {
        this.file = file;
        this.dialect = dialect;
        this.input = input;
        this.reader = reader;
        this.head = head;
        this.chunkRows = chunkRows;
        this.monitor = monitor;
        this.warnings = new ArrayList<>(head.schema.warnings);
        warnings.addAll(decodingWarnings);
        this.chunkSource = new DataSource(file, input.size(), "", dialect.charset().name(), dialect.delimiter(),
                dialect.decimalSeparator() == ',');
        this.schema = ChunkSchema.resolve(head, dialect.decimalSeparator(), chunkSource, overrides);
        this.builders = schema.newBuilders(chunkRows);
        // The ingester keeps this array; its builders are replaced by fresh ones after each chunk.
        this.ingester = new RowIngester(builders, schema.names);
    }

    /**
     * Opens the file and reads its first records to settle the schema; the first chunk is read by
     * {@link #hasNext()}.
     *
     * @param chunkRows rows per chunk (the last one may have fewer)
     */
    public static CsvChunkReader open(Path file, CsvOptions options, int chunkRows, TaskMonitor monitor) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be positive, got " + chunkRows);
        }
        try {
            CsvDialect dialect = CsvDatasetReader.dialect(file, options);
            List<QualityWarning> warnings = new ArrayList<>();
            for (int attempt = 1; ; attempt++) {
                DecodedInput input = new DecodedInput(file, dialect.charset(), dialect.strictDecoding(),
                        dialect.bomLength(), monitor, "Reading " + file.getFileName());
                try {
                    RecordReader reader = new RecordReader(input, file, dialect.delimiter(),
                            dialect.decimalSeparator());
                    SampledHead head = SampledHead.read(reader, file, dialect.decimalSeparator(), Set.of());
                    return new CsvChunkReader(file, dialect, input, reader, head, options.roleOverrides(), chunkRows,
                            monitor, warnings);
                } catch (DecodedInput.UndecodableInputException e) {
                    input.close();
                    dialect = CsvDatasetReader.afterUndecodable(file, options, dialect, e, attempt == 2, warnings);
                } catch (RuntimeException | Error e) {
                    input.close();
                    throw e;
                }
            }
        } catch (IOException e) {
            throw CsvDatasetReader.unreadable(file, e);
        }
    }

    @Override
    public boolean hasNext() {
        if (pending == null && summary == null) {
            pending = readChunk();
        }
        return pending != null;
    }

    @Override
    public Dataset next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more chunks in " + file);
        }
        Dataset chunk = pending;
        pending = null;
        return chunk;
    }

    /** What the whole file held; available once {@link #hasNext()} returned false. */
    public Summary summary() {
        if (summary == null) {
            throw new IllegalStateException("The file was not read to the end");
        }
        return summary;
    }

    @Override
    public void close() {
        try {
            input.close();
        } catch (IOException e) {
            throw CsvDatasetReader.unreadable(file, e);
        }
    }

    private Dataset readChunk() {
        monitor.checkCancelled();
        int first = ingester.rows();
        try {
            FieldSlices record;
            while (ingester.rows() - first < chunkRows && (record = nextRecord()) != null) {
                ingester.accept(record);
            }
        } catch (DecodedInput.UndecodableInputException e) {
            throw EncodingDetector.undecodable(file, dialect.charset(), e.offset(), e.getCause());
        } catch (IOException e) {
            throw CsvDatasetReader.unreadable(file, e);
        }
        if (ingester.rows() == first) {
            finish();
            return null;
        }
        List<Column> columns = new ArrayList<>(builders.length);
        for (ColumnBuilder builder : builders) {
            columns.add(builder.build());
        }
        System.arraycopy(schema.newBuilders(chunkRows), 0, builders, 0, builders.length);
        return new Dataset(chunkSource, columns, schema.roles);
    }

    /** The next record, null at the end: the sample's data records first, then the rest of the file. */
    private FieldSlices nextRecord() throws IOException {
        if (head != null) {
            if (replayed < head.dataRecords()) {
                return head.dataRecord(replayed++);
            }
            head = null; // the sample's strings are no longer needed
        }
        return reader.next() ? reader.record() : null;
    }

    private void finish() {
        if (ingester.rows() == 0) {
            throw CsvDatasetReader.noRows(file, ingester.rejected());
        }
        CsvDatasetReader.rejectedRowsWarning(ingester.rejectedCount()).ifPresent(warnings::add);
        DataSource source = new DataSource(file, input.size(), input.sha256Hex(), chunkSource.encoding(),
                chunkSource.delimiter(), chunkSource.decimalComma());
        summary = new Summary(source, ingester.rows(),
                new ReadFindings(ingester.rejectedCount(), ingester.rejected(), ingester.blankLines(), warnings));
        monitor.progress(1, String.format(Locale.ROOT, "Read %,d rows", ingester.rows()));
    }
}
