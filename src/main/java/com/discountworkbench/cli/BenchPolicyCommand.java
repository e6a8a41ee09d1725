package com.discountworkbench.cli;

import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.prep.TreatmentLevel;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Times the policy optimizer on generated responses (scoring by the model is measured by the model
 * benchmark): the full grid unconstrained and under a binding budget, then the 100,000-customer
 * recompute the UI runs on every slider move.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
        description = "Time the discount optimizer on generated responses (1,000,000 customers × 7 levels).")
public final class BenchPolicyCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--customers", defaultValue = "1000000", description = "Customers (default: ${DEFAULT-VALUE}).")
    private int customers;

    @Option(names = "--levels", defaultValue = "7", description = "Discount levels 0, 5 %, 10 %, … (default: ${DEFAULT-VALUE}).")
    private int levels;

    @Option(names = "--recompute-customers", defaultValue = "100000",
            description = "Customers in the interactive recompute (default: ${DEFAULT-VALUE}).")
    private int recomputeCustomers;

    @Option(names = "--repeat", defaultValue = "3", description = "Timed runs per figure; the median is printed (default: ${DEFAULT-VALUE}).")
    private int repeat;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the generated responses (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        List<TreatmentLevel> grid = BenchResponses.grid(levels, 0.05);
        PolicyOptimizer optimizer = new PolicyOptimizer();
        PolicyProblem problem = BenchResponses.problem(customers, grid, seed);
        PolicyConstraints unconstrained = PolicyConstraints.none();
        PolicyResult free = optimizer.optimize(problem, unconstrained);
        double budget = free.summary().totals().discountCost() / 2;
        PolicyConstraints withBudget = unconstrained.withBudget(budget);

        double optimizeSeconds = medianSeconds(() -> optimizer.optimize(problem, unconstrained));
        PolicyResult[] budgeted = new PolicyResult[1];
        double budgetSeconds = medianSeconds(() -> budgeted[0] = optimizer.optimize(problem, withBudget));

        PolicyProblem small = BenchResponses.problem(recomputeCustomers, grid, seed + 1);
        PolicyConstraints slider = unconstrained.withMinMargin(0.2).withMaxDiscount(0.25);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            optimizer.optimize(small, slider);
        }
        double recomputeSeconds = medianSeconds(() -> optimizer.optimize(small, slider.withMinMargin(0.21)));

        out.printf(Locale.ROOT, "customers=%d levels=%d repeat=%d cores=%d%n", customers, levels, repeat,
                Runtime.getRuntime().availableProcessors());
        out.printf(Locale.ROOT, "optimize_s=%.3f%n", optimizeSeconds);
        out.printf(Locale.ROOT, "optimize_budget_s=%.3f%n", budgetSeconds);
        out.printf(Locale.ROOT, "recompute_%dk_ms=%.1f%n", recomputeCustomers / 1000, recomputeSeconds * 1000);
        out.printf(Locale.ROOT, "profit_unconstrained=%.0f profit_budget=%.0f budget=%.0f spent=%.0f%n",
                free.summary().totals().profit(), budgeted[0].summary().totals().profit(), budget,
                budgeted[0].summary().budget().spent());
        out.flush();
    }

    private double medianSeconds(Supplier<?> work) {
        double[] seconds = new double[Math.max(1, repeat)];
        for (int run = 0; run < seconds.length; run++) {
            long start = System.nanoTime();
            work.get();
            seconds[run] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[seconds.length / 2];
    }
}
