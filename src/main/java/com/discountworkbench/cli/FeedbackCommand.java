package com.discountworkbench.cli;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.DatasetCsvWriter;
import com.discountworkbench.io.OutputPaths;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.CampaignFeedback;
import com.discountworkbench.policy.CampaignOutcomes;
import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.policy.OutcomeColumns;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code feedback MODEL.dwm OUTCOMES.csv}: what the campaign's outcomes say about the model. */
@Command(name = "feedback",
        mixinStandardHelpOptions = true,
        description = "Compare a campaign's outcomes (customer columns, offered treatment, bought, spend; 'holdout'"
                + " when a control group was drawn) with the model's predictions: conversion, spend and profit by"
                + " decile of predicted P(buy) and for the control group, calibration on the new data; optionally"
                + " write the outcomes in the training schema so the model can be retrained on them.")
public final class FeedbackCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MODEL.dwm", description = "The model the campaign was planned with.")
    private Path modelFile;

    @Parameters(index = "1", paramLabel = "OUTCOMES.csv", description = "The campaign's outcomes.")
    private Path outcomesFile;

    @Option(names = "--json", description = "Print the report as one JSON object.")
    private boolean json;

    @Option(names = "--merged-out", paramLabel = "MERGED.csv",
            description = "Write the outcome rows in the model's training schema (for 'train').")
    private Path mergedOut;

    @Option(names = "--treatment", paramLabel = "COL", description = "Column with the offered treatment (default: the"
            + " model's treatment column, else recommended_discount / recommended_offer).")
    private String treatment;

    @Option(names = "--label", paramLabel = "COL",
            description = "Column saying whether the customer bought (default: the model's label column).")
    private String label;

    @Option(names = "--value", paramLabel = "COL",
            description = "Column with what the customer paid (default: the model's value column).")
    private String value;

    @Option(names = "--holdout-column", paramLabel = "COL",
            description = "Column marking the randomized control group (default: 'holdout' when present).")
    private String holdout;

    @CommandLine.Mixin
    private EconomicsOptions economics;

    @CommandLine.Mixin
    private CsvInputOptions input;

    @Override
    public Integer call() {
        if (mergedOut != null) {
            OutputPaths.requireFileInExistingFolder(mergedOut, "merged.csv");
        }
        DiscountModel model = PolicyInputLoader.readModel(modelFile);
        LoadedDataset loaded = input.read(outcomesFile, Map.of(), TaskMonitor.NONE);
        CampaignOutcomes outcomes = CampaignOutcomes.from(model.preprocessing(), loaded.dataset(),
                new OutcomeColumns(treatment, label, value, holdout));
        FeedbackReport report = CampaignFeedback.evaluate(model, outcomes, economics.settings(), TaskMonitor.NONE);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        report.notes().forEach(note -> err.println("note: " + note));
        if (json) {
            out.println(Json.write(report));
        } else {
            new FeedbackPrinter(out).print(report);
        }
        if (mergedOut != null) {
            DatasetCsvWriter.write(mergedOut, outcomes.training(), TaskMonitor.NONE);
            (json ? err : out).printf("merged training file written to %s (%,d rows)%n", mergedOut,
                    outcomes.training().rowCount());
        }
        out.flush();
        err.flush();
        return 0;
    }
}
