package com.discountworkbench.ui.train;

import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.ModelReport.TrainingSummary;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.RegressionMetrics;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;

/** The test-split quality of a trained model and how its training ended, as lines for the summary card. */
final class ModelSummary {
    private ModelSummary() {
    }

    static List<MetricLine> lines(DiscountModel model, UiLanguage language) {
        List<MetricLine> lines = new ArrayList<>();
        ModelReport report = model.report();
        if (report == null) {
            return lines;
        }
        Formats formats = language.formats();
        ClassifierMetrics purchase = report.purchase().metrics();
        lines.add(line(language, "train.summary.testRows", formats.integer(purchase.rows())));
        lines.add(line(language, "train.summary.auc", number(formats, purchase.auc(), 3)));
        lines.add(line(language, "train.summary.logLoss", number(formats, purchase.logLoss(), 4)));
        lines.add(line(language, "train.summary.brier", number(formats, purchase.brier(), 4)));
        lines.add(line(language, "train.summary.buyRate", language.text("train.summary.buyRateValue",
                formats.percent(purchase.meanPredicted(), 1), formats.percent(purchase.positiveRate(), 1))));
        if (report.value() != null) {
            RegressionMetrics value = report.value().metrics();
            lines.add(line(language, "train.summary.rmse", language.text("train.summary.rmseValue",
                    number(formats, value.rmse(), 2), formats.integer(value.rows()))));
            lines.add(line(language, "train.summary.r2", number(formats, value.r2(), 3)));
        } else {
            lines.add(line(language, "train.summary.valueModel", language.text("train.summary.noValueModel",
                    number(formats, model.fallbackSpend(), 2))));
        }
        for (ModelKind kind : ModelKind.values()) {
            TrainingSummary training = report.training().get(kind);
            if (training != null) {
                lines.add(line(language, kind == ModelKind.PURCHASE ? "train.summary.purchaseRun" : "train.summary.valueRun",
                        language.text("train.summary.run", language.text("train.stop." + training.stopReason().name()),
                                training.bestEpoch(), training.epochs().size())));
            }
        }
        return lines;
    }

    private static MetricLine line(UiLanguage language, String key, String value) {
        return new MetricLine(language.text(key), value);
    }

    private static String number(Formats formats, double value, int digits) {
        return Double.isFinite(value) ? formats.decimal(value, digits) : "—";
    }
}
