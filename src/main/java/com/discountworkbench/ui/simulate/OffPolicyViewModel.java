package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.HistoryEvaluator;
import com.discountworkbench.policy.HistorySettings;
import com.discountworkbench.policy.OpeEstimate;
import com.discountworkbench.policy.OpeReport;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.LatestOnlyRunner;
import com.discountworkbench.ui.task.TaskExecutor;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the customer file's own history says the recommended policy would earn per customer — inverse propensity,
 * self-normalized and doubly robust estimates with 95 % bootstrap intervals — beside what the model predicts, so
 * the analyst sees whether the model is optimistic. Only when the file records the treatment and the spend.
 */
public final class OffPolicyViewModel {
    /** Bootstrap resamples: enough for stable 95 % bounds, quick enough to redo after every change. */
    static final int RESAMPLES = 200;
    private static final long SEED = 17;

    private final UiLanguage language;
    private final LatestOnlyRunner<OpeReport> runner;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available");
    private final ReadOnlyStringWrapper ips = new ReadOnlyStringWrapper(this, "ips", "");
    private final ReadOnlyStringWrapper selfNormalized = new ReadOnlyStringWrapper(this, "selfNormalized", "");
    private final ReadOnlyStringWrapper doublyRobust = new ReadOnlyStringWrapper(this, "doublyRobust", "");
    private final ReadOnlyStringWrapper modelPredicted = new ReadOnlyStringWrapper(this, "modelPredicted", "");
    private final ReadOnlyStringWrapper basis = new ReadOnlyStringWrapper(this, "basis", "");
    private PolicyCustomers history;
    private OpeReport report;

    public OffPolicyViewModel(TaskExecutor tasks, UiLanguage language) {
        this.language = language;
        this.runner = new LatestOnlyRunner<>(tasks, this::show,
                failure -> basis.set(language.text("simulate.ope.failed", failure.getMessage())));
        language.property().addListener(changed -> {
            if (report != null) {
                show(report);
            }
        });
    }

    /** The history of newly scored customers; empty when the file cannot say what a policy would have earned. */
    void useHistory(Optional<PolicyCustomers> newHistory) {
        runner.cancel();
        history = newHistory.orElse(null);
        report = null;
        available.set(history != null);
        for (ReadOnlyStringWrapper text : new ReadOnlyStringWrapper[] {ips, selfNormalized, doublyRobust, modelPredicted}) {
            text.set("");
        }
        basis.set(history == null ? language.text("simulate.ope.unavailable") : "");
    }

    /** Estimates the policy in the background; only the latest policy's estimate is shown. */
    void evaluate(PolicyResult result) {
        if (history != null) {
            PolicyCustomers logged = history;
            runner.submit(language.text("simulate.task.ope"), monitor -> HistoryEvaluator.recommendedProfit(logged,
                    result, new HistorySettings(null, RESAMPLES, SEED), monitor));
        }
    }

    private void show(OpeReport newReport) {
        report = newReport;
        Formats f = language.formats();
        ips.set(estimate(f, newReport.ips()));
        selfNormalized.set(estimate(f, newReport.selfNormalizedIps()));
        doublyRobust.set(newReport.doublyRobust() == null ? "–" : estimate(f, newReport.doublyRobust()));
        modelPredicted.set(newReport.modelPredicted() == null ? "–" : Figures.money(f, newReport.modelPredicted()));
        basis.set(language.text("simulate.ope.basis", f.integer(newReport.customers()), f.integer(newReport.matched()),
                f.decimal(newReport.effectiveSampleSize(), 0)));
    }

    private String estimate(Formats f, OpeEstimate estimate) {
        return language.text("simulate.ope.estimate", Figures.money(f, estimate.value()),
                Figures.money(f, estimate.lower()), Figures.money(f, estimate.upper()));
    }

    /** True when the file records each customer's treatment and spend. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty workingProperty() { return runner.workingProperty(); }

    /** "1.23 (95 %: 1.01 – 1.45)" per customer. */
    public ReadOnlyStringProperty ipsProperty() { return ips.getReadOnlyProperty(); }

    public ReadOnlyStringProperty selfNormalizedProperty() { return selfNormalized.getReadOnlyProperty(); }

    public ReadOnlyStringProperty doublyRobustProperty() { return doublyRobust.getReadOnlyProperty(); }

    /** The model's own expected profit per customer under the policy. */
    public ReadOnlyStringProperty modelPredictedProperty() { return modelPredicted.getReadOnlyProperty(); }

    /** Which rows the estimates rest on, or why there are none. */
    public ReadOnlyStringProperty basisProperty() { return basis.getReadOnlyProperty(); }
}
