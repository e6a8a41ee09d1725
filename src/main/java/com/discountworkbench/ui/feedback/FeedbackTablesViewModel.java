package com.discountworkbench.ui.feedback;

import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.policy.FeedbackReport.Group;
import com.discountworkbench.policy.JoinedOutcomes;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.ui.common.ChartBar;
import com.discountworkbench.ui.common.ChartPoint;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /** The report's group names, in the order the table shows them. */
    private static final List<String> GROUPS = List.of("policy", "control", "all");

    private final UiLanguage language;
    private final ObjectProperty<CampaignComparison> report = new SimpleObjectProperty<>(this, "report");
    private final ObservableList<FeedbackRow> groups = FXCollections.observableArrayList();
    private final ObservableList<FeedbackRow> deciles = FXCollections.observableArrayList();

    public FeedbackTablesViewModel(UiLanguage language) {
        this.language = language;
        report.addListener(changed -> fill());
        language.property().addListener(changed -> fill());
    }

    ObjectProperty<CampaignComparison> reportProperty() {
        return report;
    }

    private void fill() {
        CampaignComparison current = report.get();
        if (current == null) {
            groups.clear();
            deciles.clear();
            return;
        }
        List<FeedbackRow> groupRows = new ArrayList<>();
        for (String name : GROUPS) {
            group(current.report(), name).ifPresent(group -> groupRows.add(row(language.text("feedback.group." + name),
                    group)));
        }
        groups.setAll(groupRows);
        List<FeedbackRow> decileRows = new ArrayList<>();
        for (int d = 0; d < current.report().deciles().size(); d++) {
            decileRows.add(row(language.formats().integer(d + 1), current.report().deciles().get(d)));
        }
        deciles.setAll(decileRows);
    }

    private static Optional<Group> group(FeedbackReport report, String name) {
        return report.groups().stream().filter(group -> group.name().equals(name)).findFirst();
    }

    private FeedbackRow row(String label, Group group) {
        Formats formats = language.formats();
        if (group.customers() == 0) {
            String none = language.text("feedback.noValue");
            return new FeedbackRow(label, formats.integer(0), none, none, none, none);
        }
        return new FeedbackRow(label, formats.integer(group.customers()),
                formats.percent(group.predictedConversion(), 1), formats.percent(group.realizedConversion(), 1),
                formats.decimal(group.predictedProfit(), 2), formats.decimal(group.realizedProfit(), 2));
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
        return decileBars(Group::predictedConversion);
    }

    public List<ChartBar> realizedConversionByDecile() {
        return decileBars(Group::realizedConversion);
    }

    public List<ChartBar> predictedProfitByDecile() {
        return decileBars(Group::predictedProfit);
    }

    public List<ChartBar> realizedProfitByDecile() {
        return decileBars(Group::realizedProfit);
    }

    private List<ChartBar> decileBars(ToDoubleFunction<Group> value) {
        CampaignComparison current = report.get();
        if (current == null) {
            return List.of();
        }
        List<Group> groupsByDecile = current.report().deciles();
        List<ChartBar> bars = new ArrayList<>(groupsByDecile.size());
        for (int d = 0; d < groupsByDecile.size(); d++) {
            bars.add(new ChartBar(language.formats().integer(d + 1), value.applyAsDouble(groupsByDecile.get(d))));
        }
        return bars;
    }

    /** Realized purchase rate against mean predicted P(buy), one point per bin of the new data. */
    public List<ChartPoint> calibration() {
        CampaignComparison current = report.get();
        if (current == null) {
            return List.of();
        }
        return current.report().calibration().bins().stream()
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
        CampaignComparison current = report.get();
        if (current == null) {
            return "";
        }
        Formats formats = language.formats();
        JoinedOutcomes joined = current.joined();
        StringBuilder text = new StringBuilder(language.text("feedback.summary.matched",
                formats.integer(current.report().rows()), formats.integer(joined.rows())));
        if (joined.unmatched() > 0) {
            text.append(' ').append(language.text("feedback.summary.unmatched", formats.integer(joined.unmatched()),
                    String.join(language.text("list.separator"), joined.unmatchedExamples())));
        }
        Optional<Group> control = group(current.report(), "control");
        text.append(' ').append(control.isEmpty() ? language.text("feedback.summary.noControl")
                : language.text("feedback.summary.control", formats.integer(control.get().customers())));
        double auc = current.report().metrics().auc();
        if (!Double.isNaN(auc)) {
            text.append(' ').append(language.text("feedback.summary.auc", formats.decimal(auc, 3)));
        }
        String margin = formats.percent(PolicyCustomers.DEFAULT_MARGIN_RATE, 0);
        text.append(' ').append(current.marginFromColumn() ? language.text("feedback.summary.marginColumn")
                : language.text("feedback.summary.defaultMargin", margin));
        return text.toString();
    }

    /** The control group's lesson: realized conversion and profit per customer against the policy group's. */
    public StringBinding controlComparison() {
        return Bindings.createStringBinding(() -> {
            CampaignComparison current = report.get();
            Optional<Group> policy = current == null ? Optional.empty() : group(current.report(), "policy");
            Optional<Group> control = current == null ? Optional.empty() : group(current.report(), "control");
            if (policy.isEmpty() || control.isEmpty() || policy.get().customers() == 0
                    || control.get().customers() == 0) {
                return "";
            }
            double points = 100 * (policy.get().realizedConversion() - control.get().realizedConversion());
            double profit = policy.get().realizedProfit() - control.get().realizedProfit();
            return language.text("feedback.control.comparison", signed(points, 1), signed(profit, 2));
        }, report, language.property());
    }

    /** "+3.2" or "−1.05": a difference reads better with its sign. */
    private String signed(double value, int digits) {
        String text = language.formats().decimal(Math.abs(value), digits);
        return (value < 0 ? "−" : "+") + text;
    }
}
