package com.discountworkbench.data.csv;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityAssessor;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.ReadFindings;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads an analyst's CSV file into a columnar {@link Dataset} with a quality report. The file is decoded and
 * hashed in one pass (a file larger than the sample also gets a quick count of its line breaks, so the columns
 * are allocated once at their final size). It is read again only in two rare cases: UTF-8 turns out invalid after
 * the first 64 KB (then it is read as GB18030 or windows-1252, or as UTF-8 with the bad bytes replaced when the
 * start already held UTF-8 text), or a column that looked numeric in the sample has many non-numbers later
 * (then that column is read as text). The file is never modified.
 */
public final class CsvDatasetReader {
    private static final Logger LOG = LoggerFactory.getLogger(CsvDatasetReader.class);
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int MAX_PASSES = 3;
    /** A numeric column whose values fail in more rows than this share (and at least 20) is re-read as text. */
    private static final double TEXT_FALLBACK_SHARE = 0.05;
    private static final int TEXT_FALLBACK_MIN_ROWS = 20;

    private CsvDatasetReader() {
    }

    public static LoadedDataset read(Path file, CsvOptions options, TaskMonitor monitor) {
        checkFile(file);
        try {
            CsvDialect dialect = DialectProbe.probe(file, readHead(file), options);
            Set<String> forcedText = new LinkedHashSet<>();
            List<QualityWarning> warnings = new ArrayList<>();
            for (int pass = 1; ; pass++) {
                LoadPass.Result result;
                try {
                    result = new LoadPass(file, dialect, forcedText, monitor).run();
                } catch (DecodedInput.UndecodableInputException e) {
                    if (options.encoding() != null || dialect.charset() != StandardCharsets.UTF_8 || pass == MAX_PASSES) {
                        throw EncodingDetector.undecodable(file, dialect.charset(), e.offset(), e.getCause());
                    }
                    if (hasNonAscii(readHead(file))) {
                        // Real UTF-8 text at the start: a few bad bytes later do not make it another encoding.
                        dialect = dialect.withCharset(StandardCharsets.UTF_8, false);
                        warnings.add(new QualityWarning(QualityWarning.Kind.INVALID_TEXT, null, "Some bytes are not"
                                + " valid UTF-8 (the first at byte " + e.offset() + "); they were replaced by �."));
                    } else {
                        byte[] window = window(file, e.offset());
                        dialect = dialect.withCharset(EncodingDetector.legacyCharset(window, 0, window.length), false);
                    }
                    LOG.debug("{} is not UTF-8 at byte {}; reading it as {}", file, e.offset(), dialect.charset());
                    continue;
                }
                List<String> mistyped = mistypedColumns(result);
                if (mistyped.isEmpty() || pass == MAX_PASSES) {
                    return finish(file, options, dialect, result, warnings, monitor);
                }
                for (String name : mistyped) {
                    forcedText.add(name);
                    warnings.add(new QualityWarning(QualityWarning.Kind.READ_AS_TEXT, name, "Column '" + name
                            + "' looked numeric in the first rows, but many later values are not numbers; it was"
                            + " read as text."));
                }
            }
        } catch (IOException e) {
            throw new DataException("The file could not be read (" + e.getMessage() + ").", file, -1, null, e);
        }
    }

    private static LoadedDataset finish(Path file, CsvOptions options, CsvDialect dialect, LoadPass.Result result,
                                        List<QualityWarning> passWarnings, TaskMonitor monitor) {
        RowIngester ingester = result.ingester();
        if (ingester.rows() == 0) {
            String firstProblem = ingester.rejected().isEmpty() ? ""
                    : " The first problem is on line " + ingester.rejected().get(0).line() + ": "
                    + ingester.rejected().get(0).reason() + ".";
            throw new DataException("No row could be read." + firstProblem, file, -1, null, null);
        }
        DataSource source = new DataSource(file, result.size(), result.sha256(), dialect.charset().name(),
                dialect.delimiter(), dialect.decimalSeparator() == ',');
        List<QualityWarning> warnings = new ArrayList<>(result.schema().warnings);
        warnings.addAll(passWarnings);
        if (ingester.rejectedCount() > 0) {
            warnings.add(new QualityWarning(QualityWarning.Kind.REJECTED_ROWS, null, String.format(Locale.ROOT,
                    "%,d rows could not be read and were left out (see the rejected lines).",
                    ingester.rejectedCount())));
        }
        ReadFindings findings = new ReadFindings(ingester.rejectedCount(), ingester.rejected(),
                ingester.blankLines(), warnings);
        LoadedDataset loaded = QualityAssessor.assess(new Dataset(source, result.columns(), Map.of()),
                options.roleOverrides(), findings);
        monitor.progress(1, String.format(Locale.ROOT, "Read %,d rows", ingester.rows()));
        LOG.debug("Read {}: {} rows, {} columns, {} rejected, {} {} '{}'", file, ingester.rows(),
                result.columns().size(), ingester.rejectedCount(), dialect.charset(),
                dialect.decimalSeparator() == ',' ? "decimal comma" : "decimal point", dialect.delimiter());
        return loaded;
    }

    private static List<String> mistypedColumns(LoadPass.Result result) {
        RowIngester ingester = result.ingester();
        long rowsSeen = ingester.rows() + ingester.rejectedCount();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < result.schema().plans.size(); i++) {
            long failures = ingester.rejectionsInColumn(i);
            if (failures >= TEXT_FALLBACK_MIN_ROWS && failures > TEXT_FALLBACK_SHARE * rowsSeen) {
                names.add(result.schema().plans.get(i).name());
            }
        }
        return names;
    }

    private static void checkFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataException("This is a folder, not a file. Choose a CSV file inside it.", file, -1, null, null);
        }
        if (!Files.exists(file)) {
            throw new DataException("File not found. Check the name and the folder.", file, -1, null, null);
        }
        if (!Files.isReadable(file)) {
            throw new DataException("The file cannot be read: check its permissions.", file, -1, null, null);
        }
    }

    private static DialectProbe.Head readHead(Path file) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw new DataException("The file is empty.", file, -1, null, null);
        }
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            byte[] head = in.readNBytes(HEAD_BYTES);
            return new DialectProbe.Head(head, head.length, head.length == size);
        }
    }

    private static boolean hasNonAscii(DialectProbe.Head head) {
        for (int i = 0; i < head.length(); i++) {
            if (head.bytes()[i] < 0) {
                return true;
            }
        }
        return false;
    }

    /** Bytes from the first undecodable one on, to judge which legacy charset the file uses. */
    private static byte[] window(Path file, long offset) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocate(HEAD_BYTES);
            channel.position(offset);
            channel.read(bytes);
            return Arrays.copyOf(bytes.array(), bytes.position());
        }
    }
}
