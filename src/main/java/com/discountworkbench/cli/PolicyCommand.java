package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.io.CsvExportFormat;
import com.discountworkbench.io.OutputPaths;
import com.discountworkbench.io.PolicyColumn;
import com.discountworkbench.io.PolicyExport;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.CustomerScorer;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code policy MODEL.dwm CUSTOMERS.csv --out POLICY.csv}: the offer to send each customer, with a manifest. */
@Command(name = "policy",
        mixinStandardHelpOptions = true,
        description = "Score every customer at every discount level, choose the most profitable allowed level per"
                + " customer, and write one row per customer plus POLICY.manifest.json (model and input hashes,"
                + " economics, limits, seed, totals). The file is read in chunks, so it may be larger than memory (a"
                + " budget or a control group takes a second pass over temporary files beside the output); progress"
                + " goes to standard error.")
public final class PolicyCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.dwm", description = "Model file written by 'train'.")
    private Path modelFile;

    @Parameters(index = "1", paramLabel = "CUSTOMERS.csv", description = "The customers to decide for.")
    private Path customersFile;

    @Option(names = "--out", required = true, paramLabel = "POLICY.csv", description = "Policy file to write.")
    private Path out;

    @Option(names = "--holdout-share", paramLabel = "SHARE", converter = RateConverter.class,
            description = "Share of customers put in a randomized control group (a level drawn at random, marked in"
                    + " the file) so the campaign can be evaluated without bias, e.g. 0.10 (default: none).")
    private double holdoutShare;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the control-group draw (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--bom", description = "Start the file with a UTF-8 byte order mark (for Excel).")
    private boolean bom;

    @Option(names = "--out-delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Delimiter of the policy file: , ; or tab (default: ${DEFAULT-VALUE}).")
    private String outDelimiter;

    @Option(names = "--out-decimal", paramLabel = "CHAR", defaultValue = ".",
            description = "Decimal separator of the policy file: . or , (default: ${DEFAULT-VALUE}).")
    private String outDecimal;

    @CommandLine.Mixin
    private EconomicsOptions economics;

    @CommandLine.Mixin
    private ConstraintOptions limits;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        PrintWriter printer = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CsvExportFormat format = exportFormat();
        OutputPaths.requireFileInExistingFolder(out, "policy.csv");
        DiscountModel model = PolicyInputLoader.readModel(modelFile);
        CustomerScorer scorer = CustomerScorer.of(model, economics.settings());
        TaskMonitor progress = new StderrProgress(err, "policy for " + customersFile.getFileName());
        PolicyExport.Streamed exported;
        try (CsvChunkReader chunks = input.openChunks(customersFile, ScoreCommand.CHUNK_ROWS, progress)) {
            exported = PolicyExport.writeStreamed(out, chunks, rows -> scorer.scoreChunk(rows,
                    progress.cancellationOnly()), limits.constraints(), model, modelFile,
                    new PolicyExport.Options(format, PolicyColumn.all(), holdoutShare, seed), progress);
            CsvInputOptions.noteRejected(err, chunks.summary());
        }
        scorer.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        ScenarioPrinter scenario = new ScenarioPrinter(printer);
        scenario.printHeader(exported.result().customers(), customersFile, exported.result().offers());
        scenario.print(exported.result().summary());
        if (exported.written().controlCustomers() > 0) {
            printer.printf("control group: %,d customers with a random level (column 'holdout')%n",
                    exported.written().controlCustomers());
        }
        printer.println("policy written to " + out);
        printer.println("manifest written to " + exported.written().manifest());
        printer.flush();
        return 0;
    }

    private CsvExportFormat exportFormat() {
        if (outDecimal.length() != 1) {
            throw new DataException("--out-decimal takes '.' or ',', not '" + outDecimal + "'.");
        }
        return new CsvExportFormat(bom, CsvExportFormat.delimiterFrom(outDelimiter), outDecimal.charAt(0));
    }
}
