package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.CsvExportFormat;
import com.discountworkbench.io.FileHashes;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.io.OutputPaths;
import com.discountworkbench.io.ScoresCsvWriter;
import com.discountworkbench.io.ScoresManifest;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code score MODEL.dwm DATA.csv --out SCORES.csv}: per-customer purchase probabilities and spend at every level. */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        description = "Write, for every customer of a CSV file in input order, the purchase probability at the"
                + " observed offer (p_buy_observed, when the file has the treatment column), with no offer"
                + " (p_buy_none) and at each level the model knows (p_buy_at_<level>), and the expected spend if they"
                + " buy (expected_spend, expected_spend_at_<level>). A <name>.manifest.json beside it records the"
                + " input and model hashes, the preprocessing and the networks.")
public final class ScoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.dwm", description = "A model file written by 'train'.")
    private Path modelFile;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "The customers to score (labels not needed).")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "SCORES.csv", description = "Scores file to write.")
    private Path out;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        OutputPaths.requireFileInExistingFolder(out, "scores.csv");
        DiscountModel model = ModelFile.read(modelFile, new Dl4jTrainer());
        String modelSha256 = sha256(modelFile);
        LoadedDataset loaded = input.read(data, Map.of(), TaskMonitor.NONE);
        ScoresCsvWriter.Written written = new ScoresCsvWriter(CsvExportFormat.standard())
                .write(out, model, loaded.dataset(), TaskMonitor.NONE);
        Path manifest = ScoresManifest.describe(out, loaded.dataset(), written, modelFile, modelSha256, model)
                .writeBeside(out);
        PrintWriter printer = spec.commandLine().getOut();
        printer.printf("scored %,d of %,d customers (%d columns) into %s%n", written.scoredRows(), written.rows(),
                written.columns().size(), out);
        printer.println("manifest written to " + manifest);
        printer.flush();
        return 0;
    }

    private static String sha256(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new DataException("Could not read the model file (" + e.getMessage() + ").", file, -1, null, e);
        }
    }
}
