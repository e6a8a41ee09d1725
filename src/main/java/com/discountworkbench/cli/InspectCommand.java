package com.discountworkbench.cli;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
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
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The CSV file to read (it is not modified).")
    private Path file;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        LoadedDataset loaded = input.read(file, Map.of(), TaskMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(QualityReportJson.toJson(loaded));
        } else {
            new QualityReportTable(out).print(loaded);
        }
        out.flush();
        return 0;
    }
}
