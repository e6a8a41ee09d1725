package com.discountworkbench.cli;

import com.discountworkbench.policy.Baseline;
import com.discountworkbench.policy.HistoryEvaluation;
import com.discountworkbench.policy.HistoryEvaluation.PolicyEstimate;
import com.discountworkbench.policy.HistoryEvaluation.UpliftAtShare;
import com.discountworkbench.policy.HistoryEvaluation.UpliftComparison;
import com.discountworkbench.policy.OpeEstimate;
import com.discountworkbench.policy.OpeReport;
import com.discountworkbench.policy.SimulationReport;
import com.discountworkbench.policy.SweepPoint;
import com.discountworkbench.policy.SweepTable;
import com.discountworkbench.policy.Totals;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a what-if report as tables: scenario, baselines, sweeps, then the check against history. */
final class SimulationPrinter {
    private final PrintWriter out;

    SimulationPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(SimulationReport report) {
        new ScenarioPrinter(out).print(report.recommended());
        printBaselines(report);
        printSweep(report.minMarginSweep());
        printSweep(report.budgetSweep());
        if (report.history() != null) {
            printHistory(report.history());
        }
        report.notes().forEach(note -> line("%nnote: %s", note));
    }

    private void printBaselines(SimulationReport report) {
        line("%nbaselines (expected under the model)");
        line("%-24s %12s %14s %14s %14s %16s", "policy", "conversions", "revenue", "discount cost", "profit",
                "vs no discount");
        for (Baseline baseline : report.baselines()) {
            if (baseline.kind() == Baseline.Kind.UNIFORM && baseline.name().equals(report.recommended().noDiscountLevel())) {
                continue; // the same policy as "no discount"
            }
            String name = baseline.kind() == Baseline.Kind.UNIFORM ? "everyone: " + baseline.name() : baseline.name();
            baselineRow(name, baseline.totals(), baseline.incrementalProfitVsNoDiscount());
        }
        baselineRow("recommended", report.recommended().totals(), report.recommended().incrementalProfitVsNoDiscount());
    }

    private void baselineRow(String name, Totals totals, double incremental) {
        line("%-24s %,12.1f %,14.2f %,14.2f %,14.2f %,16.2f", clip(name, 24), totals.conversions(), totals.revenue(),
                totals.discountCost(), totals.profit(), incremental);
    }

    private void printSweep(SweepTable table) {
        boolean margin = SweepTable.MIN_MARGIN.equals(table.parameter());
        line("%nsweep of the %s", table.parameter());
        line("%14s %12s %14s %14s %14s", margin ? "min margin" : "budget", "conversions", "revenue", "discount cost",
                "profit");
        for (SweepPoint point : table.points()) {
            Totals t = point.totals();
            String value = margin ? String.format(Locale.ROOT, "%.0f%%", 100 * point.value())
                    : String.format(Locale.ROOT, "%,.2f", point.value());
            line("%14s %,12.1f %,14.2f %,14.2f %,14.2f", value, t.conversions(), t.revenue(), t.discountCost(),
                    t.profit());
        }
    }

    private void printHistory(HistoryEvaluation history) {
        line("%ncheck against history: %,d rows, propensities from %s; observed mean spend %.4f, profit %.4f per"
                + " customer", history.rows(), history.propensitySource(), history.observedMeanSpend(),
                history.observedMeanProfit());
        line("%-24s %-7s %8s %8s %28s %28s %28s %10s", "policy", "reward", "matched", "ESS", "IPS [95% CI]",
                "SNIPS [95% CI]", "DR [95% CI]", "model");
        for (PolicyEstimate estimate : history.estimates()) {
            OpeReport r = estimate.report();
            line("%-24s %-7s %,8d %,8.0f %28s %28s %28s %10.4f", clip(estimate.policy(), 24), estimate.reward(),
                    r.matched(), r.effectiveSampleSize(), interval(r.ips()), interval(r.selfNormalizedIps()),
                    interval(r.doublyRobust()), r.modelPredicted());
        }
        if (!history.uplift().isEmpty()) {
            line("%nuplift against the baseline, customers ranked by predicted uplift");
            line("%-16s %-10s %8s %8s %10s %10s %10s %10s %10s %10s", "level", "outcome", "treated", "control", "Qini",
                    "AUUC", "@10%", "@20%", "@30%", "@50%");
            for (UpliftComparison c : history.uplift()) {
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "%-16s %-10s %,8d %,8d %10.5f %10.5f",
                        clip(c.level(), 16), c.outcome(), c.treated(), c.control(), c.qini(), c.auuc()));
                for (UpliftAtShare at : c.upliftAtK()) {
                    row.append(String.format(Locale.ROOT, " %10.5f", at.observedUplift()));
                }
                out.println(row);
            }
        }
    }

    private static String interval(OpeEstimate estimate) {
        if (estimate == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.4f [%.4f, %.4f]", estimate.value(), estimate.lower(), estimate.upper());
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
