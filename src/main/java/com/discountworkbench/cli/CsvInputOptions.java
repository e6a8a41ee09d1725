package com.discountworkbench.cli;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.RejectedRow;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to read a CSV file, shared by every command that reads one: detection overrides and column roles. */
final class CsvInputOptions {
    private static final Map<String, Character> DELIMITER_NAMES = Map.of("comma", ',', "semicolon", ';',
            "tab", '\t', "\\t", '\t', "pipe", '|');

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "Encoding of the file, e.g. UTF-8, GB18030, GBK, UTF-16, windows-1252 (default: detect).")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "CHAR",
            description = "Field delimiter: , ; | or tab (default: detect).")
    private String delimiter;

    @Option(names = "--decimal", paramLabel = "CHAR", description = "Decimal separator: . or , (default: detect).")
    private String decimal;

    @Option(names = "--role", paramLabel = "COLUMN=ROLE",
            description = "Set a column's role instead of the guess; ROLE is one of id, feature, label, treatment, "
                    + "value, margin, ignore. Repeat for several columns.")
    private Map<String, String> roles = new LinkedHashMap<>();

    /** Reads the file with these options plus role overrides given by the command's own options. */
    LoadedDataset read(Path file, Map<String, ColumnRole> extraRoles, TaskMonitor monitor) {
        return CsvDatasetReader.read(file, options(extraRoles), monitor);
    }

    /** Opens the file to be read in chunks of {@code chunkRows} rows (for files larger than memory). */
    CsvChunkReader openChunks(Path file, int chunkRows, TaskMonitor monitor) {
        return CsvChunkReader.open(file, options(Map.of()), chunkRows, monitor);
    }

    /** Tells on {@code err} how many rows of a file read in chunks were left out, and the first one. */
    static void noteRejected(PrintWriter err, CsvChunkReader.Summary read) {
        if (read.findings().rejectedCount() > 0) {
            RejectedRow first = read.findings().rejected().get(0);
            err.printf(Locale.ROOT, "note: %,d rows could not be read and were left out (first on line %d: %s)%n",
                    read.findings().rejectedCount(), first.line(), first.reason());
        }
    }

    private CsvOptions options(Map<String, ColumnRole> extraRoles) {
        Map<String, ColumnRole> overrides = roleOverrides();
        overrides.putAll(extraRoles);
        return new CsvOptions(charset(), delimiterChar(), decimalChar(), overrides);
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalArgumentException e) {
            throw new DataException("Unknown encoding '" + encoding + "'. Use for example UTF-8, GB18030, GBK, UTF-16"
                    + " or windows-1252.", e);
        }
    }

    private Character delimiterChar() {
        if (delimiter == null) {
            return null;
        }
        Character named = DELIMITER_NAMES.get(delimiter.toLowerCase(Locale.ROOT));
        if (named != null) {
            return named;
        }
        if (delimiter.length() != 1) {
            throw new DataException("--delimiter takes one character (, ; |) or 'tab', not '" + delimiter + "'.");
        }
        return delimiter.charAt(0);
    }

    private Character decimalChar() {
        if (decimal == null) {
            return null;
        }
        if (!decimal.equals(".") && !decimal.equals(",")) {
            throw new DataException("--decimal takes '.' or ',', not '" + decimal + "'.");
        }
        return decimal.charAt(0);
    }

    private Map<String, ColumnRole> roleOverrides() {
        Map<String, ColumnRole> overrides = new LinkedHashMap<>();
        roles.forEach((column, role) -> {
            try {
                overrides.put(column, ColumnRole.valueOf(role.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw new DataException("Unknown role '" + role + "' for column '" + column + "'. Roles are: "
                        + Arrays.stream(ColumnRole.values()).map(r -> r.name().toLowerCase(Locale.ROOT)).toList()
                        + ".", e);
            }
        });
        return overrides;
    }
}
