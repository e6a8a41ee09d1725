package com.discountworkbench.cli;

import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.policy.FeedbackReport;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** Prints campaign feedback: predicted versus realized per group and decile, then calibration. */
final class FeedbackPrinter {
    private final PrintWriter out;

    FeedbackPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(FeedbackReport report) {
        line("%,d campaign outcomes; per customer, predicted at the offered treatment vs realized", report.rows());
        table("group", report.groups());
        table("by predicted P(buy)", report.deciles());
        ClassifierMetrics m = report.metrics();
        line("%npurchase model on the outcomes: AUC %.4f   log loss %.4f   Brier %.4f   mean predicted %.4f   buy rate"
                + " %.4f", m.auc(), m.logLoss(), m.brier(), m.meanPredicted(), m.positiveRate());
        line("calibration (bin: rows, mean predicted, observed):");
        int bin = 1;
        for (CalibrationTable.Bin b : report.calibration().bins()) {
            line("  %2d: %,7d  %.4f  %.4f", bin++, b.rows(), b.meanPredicted(), b.observedRate());
        }
        out.flush();
    }

    private void table(String title, List<FeedbackReport.Group> groups) {
        line("%n%-20s %10s %10s %10s %10s %10s %10s %10s", title, "customers", "P(buy)", "bought", "spend pred",
                "spend", "profit pred", "profit");
        for (FeedbackReport.Group g : groups) {
            line("%-20s %,10d %10.4f %10.4f %10.2f %10.2f %10.2f %10.2f", g.name(), g.customers(),
                    g.predictedConversion(), g.realizedConversion(), g.predictedSpend(), g.realizedSpend(),
                    g.predictedProfit(), g.realizedProfit());
        }
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
