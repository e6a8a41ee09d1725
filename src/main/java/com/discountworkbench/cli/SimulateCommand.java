package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.io.ChartWriter;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.HistorySettings;
import com.discountworkbench.policy.OffPolicyEvaluator;
import com.discountworkbench.policy.PolicyInputs;
import com.discountworkbench.policy.SimulationReport;
import com.discountworkbench.policy.WhatIfAnalysis;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code simulate MODEL.dwm CUSTOMERS.csv}: the what-if tables, and a check against history when the file has it. */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Optimize a scenario and print it beside the baselines (no discount, each uniform level, the"
                + " historical offers), sweeps over the minimum margin and the budget, and — when the file records"
                + " the treatment, purchase and spend — off-policy estimates (IPS, SNIPS, doubly robust with bootstrap"
                + " 95 %% intervals) and Qini uplift beside the model's own prediction. For an honest check, give"
                + " history the model did not learn from: split the campaign file at random, train on one part and"
                + " simulate on the other.")
public final class SimulateCommand implements Callable<Integer> {
    static final String MARGIN_SWEEP_PNG = "min-margin-sweep.png";
    static final String BUDGET_SWEEP_PNG = "budget-sweep.png";
    static final String DISTRIBUTION_PNG = "recommended-levels.png";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.dwm", description = "Model file written by 'train'.")
    private Path modelFile;

    @Parameters(index = "1", paramLabel = "CUSTOMERS.csv",
            description = "Customers to simulate; held-out campaign history when it has treatment and outcomes.")
    private Path customersFile;

    @Option(names = "--json", description = "Print the whole report as one JSON object.")
    private boolean json;

    @Option(names = "--charts", paramLabel = "DIR",
            description = "Also write PNG charts (sweeps, recommended levels) into this folder.")
    private Path chartFolder;

    @Option(names = "--propensity-column", paramLabel = "COL",
            description = "Column with each customer's probability of the treatment they got (default: each level's"
                    + " share of the rows, right for a randomized campaign).")
    private String propensityColumn;

    @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
    private int resamples = OffPolicyEvaluator.DEFAULT_RESAMPLES;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42",
            description = "Seed of the bootstrap (default: ${DEFAULT-VALUE}).")
    private long seed;

    @CommandLine.Mixin
    private EconomicsOptions economics;

    @CommandLine.Mixin
    private ConstraintOptions limits;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        HistorySettings history = new HistorySettings(propensityColumn, resamples, seed);
        if (chartFolder != null) {
            createChartFolder();
        }
        PrintWriter err = spec.commandLine().getErr();
        DiscountModel model = PolicyInputLoader.readModel(modelFile);
        PolicyInputs inputs = PolicyInputLoader.load(model, customersFile, input, economics.settings(), err);
        SimulationReport report = new WhatIfAnalysis().run(inputs, limits.constraints(),
                history, TaskMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(report));
        } else {
            new ScenarioPrinter(out).printHeader(inputs);
            new SimulationPrinter(out).print(report);
        }
        if (chartFolder != null) {
            writeCharts(report);
            (json ? err : out).println("charts written to " + chartFolder);
        }
        out.flush();
        err.flush();
        return 0;
    }

    private void createChartFolder() {
        try {
            Files.createDirectories(chartFolder);
        } catch (IOException e) {
            throw new DataException("Could not create the chart folder (" + e.getMessage() + ").", chartFolder, -1,
                    null, e);
        }
    }

    private void writeCharts(SimulationReport report) {
        ChartWriter.writeSweep(report.minMarginSweep(), chartFolder.resolve(MARGIN_SWEEP_PNG));
        ChartWriter.writeSweep(report.budgetSweep(), chartFolder.resolve(BUDGET_SWEEP_PNG));
        ChartWriter.writeDistribution(report.recommended(), chartFolder.resolve(DISTRIBUTION_PNG));
    }
}
