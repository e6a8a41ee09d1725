package com.discountworkbench.cli;

import com.discountworkbench.policy.BudgetOutcome;
import com.discountworkbench.policy.LevelShare;
import com.discountworkbench.policy.PolicyInputs;
import com.discountworkbench.policy.ScenarioSummary;
import com.discountworkbench.policy.SegmentDistribution;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.prep.TreatmentLevel;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Prints a scenario: expected totals beside no discount and the best uniform level, then who gets what. */
final class ScenarioPrinter {
    private final PrintWriter out;

    ScenarioPrinter(PrintWriter out) {
        this.out = out;
    }

    void printHeader(PolicyInputs inputs) {
        line("%,d customers from %s; levels %s", inputs.problem().customers(),
                inputs.customers().source().file().getFileName(), String.join(", ",
                        inputs.problem().offers().levels().stream().map(TreatmentLevel::name).toList()));
    }

    void print(ScenarioSummary summary) {
        String uniform = "uniform " + summary.bestUniformLevel();
        line("%n%-24s %16s %16s %16s", "expected totals", "recommended", "no discount", uniform);
        row("conversions", summary, Totals::conversions);
        row("revenue", summary, Totals::revenue);
        row("discount cost", summary, Totals::discountCost);
        row("cost of goods", summary, Totals::costOfGoods);
        row("gross margin", summary, Totals::grossMargin);
        row("fixed costs", summary, Totals::fixedCosts);
        row("profit", summary, Totals::profit);
        line("incremental profit vs no discount: %,.2f   vs best uniform (%s): %,.2f",
                summary.incrementalProfitVsNoDiscount(), summary.bestUniformLevel(),
                summary.incrementalProfitVsBestUniform());
        printBudget(summary.budget());
        printDistribution(summary);
    }

    private void row(String name, ScenarioSummary summary, ToDoubleFunction<Totals> figure) {
        line("%-24s %,16.2f %,16.2f %,16.2f", name, figure.applyAsDouble(summary.totals()),
                figure.applyAsDouble(summary.noDiscount()), figure.applyAsDouble(summary.bestUniform()));
    }

    private void printBudget(BudgetOutcome budget) {
        if (budget == null) {
            return;
        }
        line("discount budget %,.2f: spent %,.2f%s%s", budget.budget(), budget.spent(),
                budget.binding() ? String.format(Locale.ROOT, ", binding (profit per extra unit of budget %.4f)",
                        budget.shadowPrice()) : ", not binding",
                budget.met() ? "" : " — NOT MET: even the cheapest allowed levels cost more");
    }

    private void printDistribution(ScenarioSummary summary) {
        List<SegmentDistribution> segments = summary.bySegment();
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%n%-16s %12s", "recommended level",
                "customers"));
        header.append(String.format(Locale.ROOT, " %8s", "share"));
        if (segments.size() > 1) {
            segments.forEach(segment -> header.append(String.format(Locale.ROOT, " %12s", clip(segment.segment()))));
        }
        out.println(header);
        for (int k = 0; k < summary.distribution().size(); k++) {
            LevelShare share = summary.distribution().get(k);
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-16s %,12d %7.1f%%",
                    clip(share.level()), share.customers(), 100 * share.share()));
            if (segments.size() > 1) {
                for (SegmentDistribution segment : segments) {
                    line.append(String.format(Locale.ROOT, " %11.1f%%", 100 * segment.levels().get(k).share()));
                }
            }
            out.println(line);
        }
        if (segments.size() > 1) {
            StringBuilder sizes = new StringBuilder(String.format(Locale.ROOT, "%-16s %12s %8s", "(customers)", "", ""));
            segments.forEach(segment -> sizes.append(String.format(Locale.ROOT, " %,12d", segment.customers())));
            out.println(sizes);
        }
    }

    private static String clip(String text) {
        return text.length() <= 16 ? text : text.substring(0, 15) + "…";
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
