package com.discountworkbench.cli;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.io.OutputPaths;
import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code train DATA.csv --out MODEL.dwm}: trains the purchase and value models and saves them in one file. */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = "Train the purchase model (P(buy | customer, discount)) and the value model (spend if they"
                + " buy) on a CSV file, print per-epoch progress and test metrics, and save both in one model file."
                + " Column roles default to the guesses that 'inspect' shows.")
public final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DATA.csv", description = "Customer history with a purchase label.")
    private Path data;

    @Option(names = "--out", required = true, paramLabel = "MODEL.dwm", description = "Model file to write.")
    private Path out;

    @Option(names = "--label", paramLabel = "COL", description = "The 0/1 purchase column.")
    private String label;

    @Option(names = "--treatment", paramLabel = "COL", description = "The discount rate or named offer column.")
    private String treatment;

    @Option(names = "--value", paramLabel = "COL", description = "What the customer paid.")
    private String value;

    @Option(names = "--id", paramLabel = "COL", description = "The customer id column.")
    private String id;

    @Option(names = "--margin", paramLabel = "COL", description = "The gross margin rate column.")
    private String margin;

    @Option(names = "--config", paramLabel = "PLAN.json",
            description = "Training plan: preprocessing, purchase and value network specs, split shares (any part may"
                    + " be left out).")
    private Path config;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the split and both networks (default: 42).")
    private Long seed;

    @Option(names = "--epochs", paramLabel = "N", description = "Maximum epochs for both networks.")
    private Integer epochs;

    @Option(names = "--class-balance", paramLabel = "MODE",
            description = "How rare buyers are weighted: ${COMPLETION-CANDIDATES}.")
    private ClassBalance classBalance;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        OutputPaths.requireFileInExistingFolder(out, "model" + ModelFile.EXTENSION);
        PrintWriter printer = spec.commandLine().getOut();
        LoadedDataset loaded = input.read(data, roles(), TaskMonitor.NONE);
        printer.printf("read %,d rows from %s%n", loaded.dataset().rowCount(), data.getFileName());
        DiscountModel model = new DiscountModelTrainer(new Dl4jTrainer())
                .train(loaded.dataset(), plan(), new TrainingPrinter(printer), TaskMonitor.NONE);
        ModelFile.write(out, model);
        new ModelReportPrinter(printer, "held-out").print(model.report());
        printer.println("model written to " + out);
        printer.flush();
        return 0;
    }

    private Map<String, ColumnRole> roles() {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        putRole(roles, label, ColumnRole.LABEL);
        putRole(roles, treatment, ColumnRole.TREATMENT);
        putRole(roles, value, ColumnRole.VALUE);
        putRole(roles, id, ColumnRole.ID);
        putRole(roles, margin, ColumnRole.MARGIN);
        return roles;
    }

    private static void putRole(Map<String, ColumnRole> roles, String column, ColumnRole role) {
        if (column != null) {
            roles.put(column, role);
        }
    }

    private TrainingPlan plan() {
        TrainingPlan plan = TrainingPlan.defaults();
        if (config != null) {
            try {
                plan = TrainingPlan.fromJson(Files.readString(config, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new DataException("Could not read the training configuration (" + e.getMessage() + ").",
                        config, -1, null, e);
            }
        }
        if (seed != null) {
            plan = plan.withSeed(seed);
        }
        if (epochs != null || classBalance != null) {
            int maxEpochs = epochs != null ? epochs : plan.purchase().epochs();
            plan = plan.withNetworks(
                    plan.purchase().withEpochs(maxEpochs, plan.purchase().patience())
                            .withClassBalance(classBalance != null ? classBalance : plan.purchase().classBalance()),
                    plan.value().withEpochs(maxEpochs, plan.value().patience()));
        }
        return plan;
    }
}
