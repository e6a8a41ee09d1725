package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.sample.PolicyFigures;
import com.discountworkbench.sample.PolicyValue;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.sample.SampleRow;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate-sample}: writes the synthetic customer CSV and, on request, its true policy values. */
@Command(name = "generate-sample",
        mixinStandardHelpOptions = true,
        description = "Write a synthetic customer-behavior CSV with a randomized discount and a known true "
                + "response (sample-data/README.md describes it).")
public final class GenerateSampleCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", description = "Number of customers (default: ${DEFAULT-VALUE}).")
    private int rows = SampleDataGenerator.DEFAULT_ROWS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed = SampleDataGenerator.DEFAULT_SEED;

    @Option(names = "--out", paramLabel = "FILE.csv", required = true, description = "The CSV file to write.")
    private Path out;

    @Option(names = "--truth", description = "Also print the true expected profit of no discount, the best "
            + "uniform discount and the best per-customer policy for the generated customers.")
    private boolean truth;

    @Option(names = "--fixed-cost", paramLabel = "F", description = "Fixed cost per offer used by --truth "
            + "(default: ${DEFAULT-VALUE}).")
    private double fixedCost;

    @Override
    public void run() {
        if (rows < 1) {
            throw new DataException("--rows must be at least 1 (got " + rows + ").");
        }
        if (!(fixedCost >= 0)) {
            throw new DataException("--fixed-cost cannot be negative (got " + fixedCost + ").");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        // The truth needs every customer in memory; a plain file is written as the rows are made.
        List<SampleRow> generated = truth ? SampleDataGenerator.generate(rows, seed) : null;
        SampleCsv.writeAtomically(out, truth ? generated : SampleDataGenerator.stream(rows, seed), rows,
                TaskMonitor.NONE);
        stdout.printf(Locale.ROOT, "wrote %d rows to %s (seed %d)%n", rows, out, seed);
        if (truth) {
            printTruth(stdout, generated);
        }
        stdout.flush();
    }

    private void printTruth(PrintWriter stdout, List<SampleRow> generated) {
        long buyers = generated.stream().filter(SampleRow::purchased).count();
        PolicyValue value = new PolicyValue(generated.stream().map(SampleRow::customer).toList(), fixedCost);
        double[] grid = SampleDataGenerator.discountLevels();
        PolicyFigures figures = value.figures(grid);
        double[] logged = generated.stream().mapToDouble(SampleRow::discountOffered).toArray();
        int n = generated.size();

        stdout.printf(Locale.ROOT, "%ntrue response figures (fixed cost per offer %.2f)%n", fixedCost);
        stdout.printf(Locale.ROOT, "observed conversion (randomized offers)   %.4f%n", (double) buyers / n);
        stdout.printf(Locale.ROOT, "expected conversion: randomized offers    %.4f%n",
                value.expectedConversions(logged) / n);
        stdout.printf(Locale.ROOT, "expected conversion: no discount          %.4f%n", figures.noDiscountConversions() / n);
        stdout.printf(Locale.ROOT, "expected conversion: best policy          %.4f%n", figures.bestPolicyConversions() / n);
        stdout.printf(Locale.ROOT, "%n%-28s %14s %12s %14s %9s%n", "policy", "profit", "per customer",
                "incremental", "captured");
        printPolicy(stdout, "no discount", figures.noDiscountProfit(), figures);
        for (double discount : grid) {
            if (discount > 0) {
                printPolicy(stdout, String.format(Locale.ROOT, "uniform %.2f", discount),
                        value.uniformProfit(discount), figures);
            }
        }
        printPolicy(stdout, "randomized offers (logged)", value.profit(logged), figures);
        printPolicy(stdout, String.format(Locale.ROOT, "best uniform (%.2f)", figures.bestUniform().discount()),
                figures.bestUniform().profit(), figures);
        printPolicy(stdout, "best per-customer", figures.bestPolicyProfit(), figures);
        stdout.printf(Locale.ROOT, "%nbest per-customer discounts:");
        for (int level = 0; level < grid.length; level++) {
            stdout.printf(Locale.ROOT, " %.2f=%.1f%%", grid[level], 100.0 * figures.bestPolicyCounts()[level] / n);
        }
        stdout.println();
    }

    private static void printPolicy(PrintWriter stdout, String name, double profit, PolicyFigures figures) {
        stdout.printf(Locale.ROOT, "%-28s %14.2f %12.4f %14.2f %8.1f%%%n", name, profit, profit / figures.customers(),
                profit - figures.noDiscountProfit(), 100 * figures.capturedShare(profit));
    }
}
