package com.discountworkbench.ui.feedback;

import com.discountworkbench.policy.CampaignOutcomes;
import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.policy.FeedbackReport.Group;
import com.discountworkbench.ui.common.ChartBar;
import com.discountworkbench.ui.common.ChartPoint;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The feedback report as the analyst reads it: one table row per group (policy, control, all) and per decile of
 * predicted P(buy), the chart series, and a summary sentence, all in the window's language.
 */
public final class FeedbackTablesViewModel {
    private final UiLanguage language;
    private final ObjectProperty<FeedbackReport> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<FeedbackRow> groups = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRow> deciles = FXCollections.observableArrayList();

    public FeedbackTablesViewModel(UiLanguage language) {
        this.language = language;
        report.addListener(changed -> fill());
        language.property().addListener(changed -> fill());
    }

    ObjectProperty<FeedbackReport> reportProperty() {
        return report;
    }

    private void fill() {
        FeedbackReport current = report.get();
        if (current == null) {
            groups.clear();
            deciles.clear();
            return;
        }
        List<FeedbackRow> groupRows = new ArrayList<>();
        groupRows.add(row(language.text("feedback.group.policy"), current.policy()));
        if (current.control() != null) {
            groupRows.add(row(language.text("feedback.group.control"), current.control()));
        }
        groupRows.add(row(language.text("feedback.group.all"), current.all()));
        groups.setAll(groupRows);
        deciles.setAll(current.deciles().stream()
                .map(decile -> row(language.formats().integer(decile.decile()), decile.figures())).toList());
    }

    private FeedbackRow row(String label, Group group) {
        Formats formats = language.formats();
        if (group.customers() == 0) {
            String none = language.text("feedback.noValue");
            return new FeedbackRow(label, formats.integer(0), none, none, none, none);
        }
        return new FeedbackRow(label, formats.integer(group.customers()),
                formats.percent(group.predictedConversionRate(), 1), formats.percent(group.conversionRate(), 1),
                formats.decimal(group.predictedProfitPerCustomer(), 2), formats.decimal(group.profitPerCustomer(), 2));
    }

    /** Policy group, control group (when marked) and everyone. */
    public ObservableList<FeedbackRow> groups() {
        return groups;
    }

    /** Decile 1 (highest predicted P(buy)) to 10. */
    public ObservableList<FeedbackRow> deciles() {
        return deciles;
    }

    public List<ChartBar> predictedConversionByDecile() {
        return decileBars(Group::predictedConversionRate);
    }

    public List<ChartBar> realizedConversionByDecile() {
        return decileBars(Group::conversionRate);
    }

    public List<ChartBar> predictedProfitByDecile() {
        return decileBars(Group::predictedProfitPerCustomer);
    }

    public List<ChartBar> realizedProfitByDecile() {
        return decileBars(Group::profitPerCustomer);
    }

    private List<ChartBar> decileBars(ToDoubleFunction<Group> value) {
        FeedbackReport current = report.get();
        if (current == null) {
            return List.of();
        }
        return current.deciles().stream().map(decile -> new ChartBar(language.formats().integer(decile.decile()),
                value.applyAsDouble(decile.figures()))).toList();
    }

    /** Realized purchase rate against mean predicted P(buy), one point per bin of the new data. */
    public List<ChartPoint> calibration() {
        FeedbackReport current = report.get();
        if (current == null) {
            return List.of();
        }
        return current.calibration().bins().stream()
                .map(bin -> new ChartPoint(bin.meanPredicted(), bin.observedRate())).toList();
    }

    /** Perfect calibration over the range the bins cover. */
    public List<ChartPoint> perfectCalibration() {
        double top = calibration().stream().mapToDouble(point -> Math.max(point.x(), point.y())).max().orElse(1);
        return List.of(new ChartPoint(0, 0), new ChartPoint(top, top));
    }

    /** How many outcomes matched, the groups, and the ranking quality on the new data. */
    public StringBinding summary() {
        return Bindings.createStringBinding(this::describe, report, language.property());
    }

    private String describe() {
        FeedbackReport current = report.get();
        if (current == null) {
            return "";
        }
        Formats formats = language.formats();
        CampaignOutcomes outcomes = current.outcomes();
        StringBuilder text = new StringBuilder(language.text("feedback.summary.matched",
                formats.integer(outcomes.customers()), formats.integer(outcomes.outcomeRows())));
        if (outcomes.unmatched() > 0) {
            text.append(' ').append(language.text("feedback.summary.unmatched", formats.integer(outcomes.unmatched()),
                    String.join(language.text("list.separator"), outcomes.unmatchedExamples())));
        }
        text.append(' ').append(current.control() == null ? language.text("feedback.summary.noControl")
                : language.text("feedback.summary.control", formats.integer(current.control().customers())));
        if (!Double.isNaN(current.auc())) {
            text.append(' ').append(language.text("feedback.summary.auc", formats.decimal(current.auc(), 3)));
        }
        String margin = formats.percent(current.defaultMarginRate(), 0);
        text.append(' ').append(current.marginFromColumn() ? language.text("feedback.summary.marginColumn", margin)
                : language.text("feedback.summary.defaultMargin", margin));
        return text.toString();
    }

    /** The control group's lesson: realized conversion and profit per customer against the policy group's. */
    public StringBinding controlComparison() {
        return Bindings.createStringBinding(() -> {
            FeedbackReport current = report.get();
            if (current == null || current.control() == null || current.control().customers() == 0
                    || current.policy().customers() == 0) {
                return "";
            }
            double points = 100 * (current.policy().conversionRate() - current.control().conversionRate());
            double profit = current.policy().profitPerCustomer() - current.control().profitPerCustomer();
            return language.text("feedback.control.comparison", signed(points, 1), signed(profit, 2));
        }, report, language.property());
    }

    /** "+3.2" or "−1.05": a difference reads better with its sign. */
    private String signed(double value, int digits) {
        String text = language.formats().decimal(Math.abs(value), digits);
        return (value < 0 ? "−" : "+") + text;
    }
}
