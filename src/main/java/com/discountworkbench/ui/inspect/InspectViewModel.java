package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.ui.dialog.DialogService;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskExecutor;
import com.discountworkbench.ui.task.TaskHandle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The Inspect step: scores every customer in the background whenever a model and its data are there (again after
 * retraining or loading other data), shows the Simulate policy's recommendation when there is one, publishes the
 * scored problem for Simulate if nobody has yet, and marks the step done.
 */
public final class InspectViewModel {
    private final WorkbenchSession session;
    private final PipelineViewModel pipeline;
    private final TaskExecutor tasks;
    private final UiLanguage language;
    private final UncaughtErrorHandler errors;
    private final CustomerTableViewModel table;
    private final ResponseCurveViewModel curve;
    private final ModelChartsViewModel charts;
    private final ReadOnlyObjectWrapper<CustomerScores> scores = new ReadOnlyObjectWrapper<>(this, "scores");
    private final ReadOnlyObjectWrapper<Recommendation> recommendation = new ReadOnlyObjectWrapper<>(this,
            "recommendation");
    private final ReadOnlyBooleanWrapper scoring = new ReadOnlyBooleanWrapper(this, "scoring");
    private TaskHandle running;
    private PolicyProblem published;

    public InspectViewModel(WorkbenchSession session, PipelineViewModel pipeline, TaskExecutor tasks,
                            DialogService dialogs, UiLanguage language) {
        this.session = session;
        this.pipeline = pipeline;
        this.tasks = tasks;
        this.language = language;
        this.errors = new UncaughtErrorHandler(dialogs, language);
        this.table = new CustomerTableViewModel(language);
        this.curve = new ResponseCurveViewModel(tasks, language);
        this.charts = new ModelChartsViewModel(language);
        charts.modelProperty().bind(session.modelProperty());
        session.modelProperty().addListener((property, old, model) -> inputsChanged());
        session.dataProperty().addListener((property, old, data) -> inputsChanged());
        session.policyProperty().addListener((property, old, policy) -> recommend());
        table.selectedCustomerProperty().addListener((property, old, customer) ->
                curve.show(table.table(), customer.intValue()));
        inputsChanged();
    }

    /** Scores again with the current model and data (the toolbar's button). */
    public void score() {
        DiscountModel model = session.modelProperty().get();
        LoadedDataset data = session.dataProperty().get();
        if (model == null || data == null) {
            return;
        }
        cancelRunning();
        scoring.set(true);
        running = tasks.execute(BackgroundTask.of(language.text("inspect.task.score",
                        language.formats().integer(data.dataset().rowCount())),
                monitor -> CustomerScoring.score(model, data.dataset(), monitor))
                .onSuccess(this::scored)
                .onCancelled(() -> scoring.set(false))
                .onFailure(failure -> {
                    scoring.set(false);
                    errors.report(failure);
                }));
    }

    private void inputsChanged() {
        cancelRunning();
        show(null);
        score();
    }

    private void cancelRunning() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        scoring.set(false);
    }

    private void scored(CustomerScores result) {
        running = null;
        scoring.set(false);
        show(result);
        PolicyProblem current = session.problemProperty().get();
        if (current == null || current == published) {
            published = result.problem();
            session.problemProperty().set(published);
        }
        pipeline.markDone(PipelineStep.INSPECT);
    }

    private void show(CustomerScores result) {
        scores.set(result);
        recommend();
    }

    /**
     * Rebuilds the table's columns from the session's policy, or the unconstrained optimum, in the background: the
     * table holds one array per column, so a million customers take a moment.
     */
    private void recommend() {
        CustomerScores current = scores.get();
        if (current == null) {
            showTable(null);
            return;
        }
        PolicyResult policy = session.policyProperty().get();
        tasks.execute(BackgroundTask.of(language.text("inspect.task.recommend"),
                monitor -> new CustomerTable(current, Recommendation.choose(current, policy)))
                .onSuccess(contents -> {
                    // Scores replaced meanwhile: a newer task brings the table for them.
                    if (contents.scores() == scores.get()) {
                        showTable(contents);
                    }
                }));
    }

    private void showTable(CustomerTable contents) {
        recommendation.set(contents == null ? null : contents.recommendation());
        table.show(contents);
        curve.show(contents, table.selectedCustomerProperty().get());
    }

    public CustomerTableViewModel table() {
        return table;
    }

    public ResponseCurveViewModel curve() {
        return curve;
    }

    public ModelChartsViewModel charts() {
        return charts;
    }

    public ReadOnlyObjectProperty<CustomerScores> scoresProperty() {
        return scores.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Recommendation> recommendationProperty() {
        return recommendation.getReadOnlyProperty();
    }

    public BooleanBinding hasScores() {
        return scores.isNotNull();
    }

    /** Whether there is anything to score: a trained model and its data. */
    public BooleanBinding canScore() {
        return session.modelProperty().isNotNull().and(session.dataProperty().isNotNull()).and(scoring.not());
    }

    /** One line on where scoring stands. */
    public StringBinding status() {
        return Bindings.createStringBinding(() -> {
            CustomerScores current = scores.get();
            if (scoring.get()) {
                return language.text("inspect.status.scoring");
            }
            if (current == null) {
                return language.text("inspect.status.empty");
            }
            return language.text("inspect.status.scored", language.formats().integer(current.customers()),
                    language.formats().integer(current.problem().levels()));
        }, scores, scoring, language.property());
    }

    /** Where the recommended discount comes from, and the economics behind it. */
    public StringBinding recommendationSource() {
        return Bindings.createStringBinding(() -> {
            Recommendation current = recommendation.get();
            if (current == null) {
                return "";
            }
            if (current.source() == Recommendation.Source.SIMULATE) {
                return language.text("inspect.recommendation.simulate");
            }
            MarginSource margin = scores.get().margin();
            String rate = language.formats().percent(margin.rate(), 0);
            return margin.isUniform() ? language.text("inspect.recommendation.defaultMargin", rate)
                    : language.text("inspect.recommendation.marginColumn", margin.column(), rate);
        }, recommendation, language.property());
    }
}
