package com.discountworkbench.cli;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code inspect FILE}: reads a CSV file and prints its schema and data quality report. */
@Command(name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Read a CSV file and print its columns (type, role, missing, distinct, summary), "
                + "the lines that could not be read and the data quality warnings.")
public final class InspectCommand implements Callable<Integer> {
    private static final Map<String, Character> DELIMITER_NAMES = Map.of("comma", ',', "semicolon", ';',
            "tab", '\t', "\\t", '\t', "pipe", '|');

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to read (it is not modified).")
    private Path file;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

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

    @Override
    public Integer call() {
        CsvOptions options = new CsvOptions(charset(), delimiterChar(), decimalChar(), roleOverrides());
        LoadedDataset loaded = CsvDatasetReader.read(file, options, TaskMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QualityReportJson.toJson(loaded));
        } else {
            new QualityReportTable(out).print(loaded);
        }
        out.flush();
        return 0;
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
