package com.discountworkbench.cli;

import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.eval.CalibrationTable;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.ConfusionMatrix;
import com.discountworkbench.model.eval.LiftTable;
import com.discountworkbench.model.eval.PermutationImportance.FeatureImportance;
import com.discountworkbench.model.eval.QiniCurve;
import com.discountworkbench.model.eval.RegressionMetrics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints a model report as readable tables. */
final class ModelReportPrinter {
    private static final int TOP_FEATURES = 10;
    private final PrintWriter out;
    private final String rowsKind;

    /** @param rowsKind what the measured rows are, e.g. "held-out" for the test split */
    ModelReportPrinter(PrintWriter out, String rowsKind) {
        this.out = out;
        this.rowsKind = rowsKind;
    }

    void print(ModelReport report) {
        ClassifierMetrics m = report.purchase().metrics();
        line("%npurchase model on %,d %s rows (buy rate %.2f%%):", m.rows(), rowsKind, 100 * m.positiveRate());
        line("  AUC %.4f   log loss %.4f   Brier %.4f   mean predicted %.4f", m.auc(), m.logLoss(), m.brier(),
                m.meanPredicted());
        ConfusionMatrix c = report.purchase().confusion();
        line("  at threshold %.2f: TP %,d  FP %,d  TN %,d  FN %,d  (precision %.3f, recall %.3f)", c.threshold(),
                c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives(), c.precision(),
                c.recall());
        printCalibration(report.purchase().calibration());
        printLift(report.purchase().lift());
        printImportance("purchase", report.purchase().importance(), "AUC drop");
        if (report.value() != null) {
            RegressionMetrics v = report.value().metrics();
            line("%nvalue model on %,d %s buyers: RMSE %.2f   MAE %.2f   R² %.4f", v.rows(), rowsKind, v.rmse(),
                    v.mae(), v.r2());
            printImportance("value", report.value().importance(), "RMSE rise");
        }
        printUplift(report.uplift());
        out.flush();
    }

    private void printCalibration(CalibrationTable table) {
        line("  calibration (bin: rows, mean predicted, observed):");
        int bin = 1;
        for (CalibrationTable.Bin b : table.bins()) {
            line("    %2d: %,7d  %.4f  %.4f", bin++, b.rows(), b.meanPredicted(), b.observedRate());
        }
    }

    private void printLift(LiftTable table) {
        line("  lift by decile (decile: rows, buy rate, lift, cumulative gain):");
        for (LiftTable.Decile d : table.deciles()) {
            line("    %2d: %,7d  %.4f  %5.2f  %5.1f%%", d.decile(), d.rows(), d.responseRate(), d.lift(),
                    100 * d.cumulativeGain());
        }
    }

    private void printImportance(String model, List<FeatureImportance> importance, String unit) {
        if (importance.isEmpty()) {
            line("  %s model: feature importance not computed (training was cancelled)", model);
            return;
        }
        line("  %s model: most important features (%s when shuffled):", model, unit);
        importance.stream().limit(TOP_FEATURES)
                .forEach(f -> line("    %-28s %.4f ± %.4f", f.feature(), f.importance(), f.standardDeviation()));
    }

    private void printUplift(Map<String, QiniCurve> uplift) {
        if (uplift.isEmpty()) {
            return;
        }
        line("%nuplift against the baseline offer (valid when offers were randomized):");
        uplift.forEach((level, curve) -> line("  %-16s Qini %.5f   AUUC %.5f   top-decile observed uplift %.4f",
                level, curve.qini(), curve.auuc(), curve.deciles().get(0).observedUplift()));
    }

    private void line(String format, Object... args) {
        out.println(String.format(Locale.ROOT, format, args));
    }
}
