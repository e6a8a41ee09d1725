package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.ModelEvaluator;
import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code evaluate MODEL.dwm DATA.csv}: measures a saved model on a labeled file. */
@Command(name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Measure a trained model on a labeled CSV file (with the purchase column it was trained on):"
                + " AUC, log loss, Brier score, calibration, lift, confusion matrix, value-model errors, feature"
                + " importance and uplift by offer. The file is prepared with the model's own preprocessing.")
public final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.dwm", description = "A model file written by 'train'.")
    private Path modelFile;

    @Parameters(index = "1", paramLabel = "DATA.csv", description = "Customers with the purchase label.")
    private Path data;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @Option(names = "--threshold", paramLabel = "P",
            description = "Purchase probability from which the confusion matrix counts a predicted buyer "
                    + "(default: ${DEFAULT-VALUE}).")
    private double threshold = DiscountModelTrainer.DEFAULT_THRESHOLD;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new DataException("--threshold must be a probability between 0 and 1 (got " + threshold + ").");
        }
        DiscountModel model = ModelFile.read(modelFile, new Dl4jTrainer());
        LoadedDataset loaded = input.read(data, Map.of(), TaskMonitor.NONE);
        ModelReport report = ModelEvaluator.evaluate(model, loaded.dataset(), threshold, model.provenance().seed(),
                TaskMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            out.printf("model %s on %s (%,d rows)%n", modelFile.getFileName(), data.getFileName(),
                    loaded.dataset().rowCount());
            new ModelReportPrinter(out, "evaluation").print(report);
        }
        out.flush();
        return 0;
    }
}
