package com.discountworkbench.ui.simulate;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.LatestOnlyRunner;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Simulate step. Scores the customers at every discount of the grid once (or reuses the Inspect screen's
 * scores), then re-optimizes the policy in the background on every change of a control — only the latest request
 * counts — and publishes the result to the session for the Export step. Sub-view-models hold the figures, charts,
 * saved scenarios and the off-policy estimate.
 */
public final class SimulateViewModel {
    private final WorkbenchContext context;
    private final WorkbenchSession session;
    private final PolicyOptimizer optimizer = new PolicyOptimizer();
    private final ConstraintsViewModel constraints = new ConstraintsViewModel();
    private final KpiViewModel kpis;
    private final WhatIfChartsViewModel charts;
    private final ScenariosViewModel scenarios;
    private final OffPolicyViewModel offPolicy;
    private final LatestOnlyRunner<ScoredCustomers> scoring;
    private final LatestOnlyRunner<ScenarioOutcome> scenario;
    private final ReadOnlyObjectWrapper<ScoredCustomers> scored = new ReadOnlyObjectWrapper<>(this, "scored");
    private final ReadOnlyObjectWrapper<PolicyResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper modelLevels = new ReadOnlyStringWrapper(this, "modelLevels", "");
    private final ReadOnlyBooleanWrapper customGridAllowed = new ReadOnlyBooleanWrapper(this, "customGridAllowed");
    private final BooleanProperty customGrid = new SimpleBooleanProperty(this, "customGrid");
    private final StringProperty customGridText = new SimpleStringProperty(this, "customGridText", "");
    private final ReadOnlyStringWrapper gridMessage = new ReadOnlyStringWrapper(this, "gridMessage", "");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(this, "ready");
    /** The model and data that were current when the session's scored problem was last set. */
    private DiscountModel problemModel;
    private LoadedDataset problemData;

    /** A scenario's policy and the top of the budget slider for its goal. */
    record ScenarioOutcome(PolicyResult result, double budgetCeiling) {
    }

    public SimulateViewModel(WorkbenchContext context) {
        this.context = context;
        this.session = context.session();
        this.kpis = new KpiViewModel(context.language());
        this.charts = new WhatIfChartsViewModel(context.tasks(), context.language());
        this.scenarios = new ScenariosViewModel(session.scenarios(), context.dialogs(), context.language());
        this.offPolicy = new OffPolicyViewModel(context.tasks(), context.language());
        this.scoring = new LatestOnlyRunner<>(context.tasks(), this::useScored, this::scoringFailed);
        this.scenario = new LatestOnlyRunner<>(context.tasks(), this::showScenario,
                failure -> message.set(text("simulate.failed", failure.getMessage())));
        ready.bind(scored.isNotNull());
        constraints.onChange(this::recompute);
        session.problemProperty().addListener(changed -> rememberProblemInputs());
        rememberProblemInputs();
        customGrid.addListener(changed -> {
            if (!customGrid.get()) {
                rescore(modelGrid());
            }
        });
        session.modelProperty().addListener(changed -> start());
        session.dataProperty().addListener(changed -> start());
        start();
    }

    /** Scores the session's customers with the session's model at the model's own levels. */
    private void start() {
        if (session.problemProperty().get() != null && (problemModel != session.modelProperty().get()
                || problemData != session.dataProperty().get())) {
            // Scored with another model or file: nobody may take these predictions for the new ones.
            session.problemProperty().set(null);
        }
        customGrid.set(false);
        DiscountModel model = session.modelProperty().get();
        if (model == null || session.dataProperty().get() == null) {
            clear(text("simulate.waiting"));
            return;
        }
        if (!model.preprocessing().hasTreatment()) {
            clear(text("simulate.noTreatment"));
            return;
        }
        List<TreatmentLevel> levels = modelGrid();
        modelLevels.set(DiscountGridText.format(context.language().formats(), levels));
        customGridText.set(modelLevels.get());
        customGridAllowed.set(levels.stream().noneMatch(TreatmentLevel::isNamed));
        rescore(levels);
    }

    /** Scores the customers at the typed grid (a rate treatment only); the model extrapolates beyond its levels. */
    public void applyCustomGrid() {
        Optional<List<TreatmentLevel>> grid = DiscountGridText.parse(customGridText.get());
        if (grid.isEmpty()) {
            gridMessage.set(text("simulate.grid.invalid"));
            return;
        }
        double trainedTop = modelGrid().stream().mapToDouble(TreatmentLevel::rate).max().orElse(0);
        double top = grid.get().get(grid.get().size() - 1).rate();
        gridMessage.set(top > trainedTop + 1e-9 ? text("simulate.grid.extrapolated",
                Figures.rate(context.language().formats(), trainedTop)) : "");
        rescore(grid.get());
    }

    private void rememberProblemInputs() {
        problemModel = session.modelProperty().get();
        problemData = session.dataProperty().get();
    }

    private List<TreatmentLevel> modelGrid() {
        DiscountModel model = session.modelProperty().get();
        return model == null ? List.of() : model.preprocessing().treatmentLevels();
    }

    private void rescore(List<TreatmentLevel> grid) {
        DiscountModel model = session.modelProperty().get();
        LoadedDataset data = session.dataProperty().get();
        if (model == null || data == null) {
            return;
        }
        scenario.cancel();
        message.set(text("simulate.scoring"));
        PolicyProblem shared = session.problemProperty().get();
        scoring.submit(text("simulate.task.score"),
                monitor -> ScoredCustomers.score(model, data.dataset(), grid, shared, monitor));
    }

    private void useScored(ScoredCustomers customers) {
        ScoredCustomers previous = scored.get();
        scored.set(customers);
        message.set("");
        offPolicy.useHistory(customers.history());
        if (previous != null && previous.inputs().model() == customers.inputs().model()
                && previous.inputs().data() == customers.inputs().data()) {
            // Same customers at other discounts: the analyst's other choices still apply.
            constraints.useGrid(customers.offers());
        } else {
            constraints.reset(customers.offers(), customers.marginColumns(), customers.inputs().defaultMarginSource(),
                    customers.segmentColumns());
        }
        if (session.problemProperty().get() == null && !customGrid.get()) {
            session.problemProperty().set(customers.problem(constraints.marginSource(), null));
        }
    }

    private void scoringFailed(Throwable failure) {
        clear(text("simulate.scoringFailed"));
        context.dialogs().showError(text("simulate.scoringFailed"), failure.getMessage(), failure);
    }

    /** Re-optimizes with the controls as they are now; called on every change. */
    private void recompute() {
        ScoredCustomers customers = scored.get();
        if (customers == null) {
            return;
        }
        PolicyConstraints limits = constraints.constraints();
        MarginSource margin = constraints.marginSource();
        String segmentColumn = constraints.segmentColumnOrNull();
        scenario.submit(text("simulate.task.optimize"), monitor -> {
            PolicyProblem problem = customers.problem(margin, segmentColumn);
            PolicyResult policy = optimizer.optimize(problem, limits, monitor);
            return new ScenarioOutcome(policy, customers.budgetCeiling(problem, limits, monitor));
        });
    }

    private void showScenario(ScenarioOutcome outcome) {
        PolicyResult policy = outcome.result();
        message.set("");
        constraints.setBudgetCeiling(outcome.budgetCeiling());
        result.set(policy);
        kpis.show(policy);
        scenarios.showCurrent(policy);
        charts.show(policy, policy.constraints());
        offPolicy.evaluate(policy);
        session.policyProperty().set(policy);
        context.pipeline().markDone(PipelineStep.SIMULATE);
    }

    private void clear(String why) {
        scoring.cancel();
        scenario.cancel();
        scored.set(null);
        result.set(null);
        kpis.clear();
        scenarios.showCurrent(null);
        charts.clear();
        offPolicy.useHistory(Optional.empty());
        message.set(why);
        if (session.policyProperty().get() != null) {
            session.policyProperty().set(null);
            context.pipeline().discard(PipelineStep.SIMULATE);
        }
    }

    /** Keeps the current scenario under a name; false when there is none or the analyst kept the old one. */
    public boolean saveScenario(String name) {
        return scenarios.save(name, result.get());
    }

    private String text(String key, Object... args) {
        return context.language().text(key, args);
    }

    public ConstraintsViewModel constraints() { return constraints; }

    public KpiViewModel kpis() { return kpis; }

    public WhatIfChartsViewModel charts() { return charts; }

    public ScenariosViewModel scenarios() { return scenarios; }

    public OffPolicyViewModel offPolicy() { return offPolicy; }

    /** The latest scenario's policy; null until the customers are scored. */
    public ReadOnlyObjectProperty<PolicyResult> resultProperty() { return result.getReadOnlyProperty(); }

    /** True once customers are scored, so the controls have something to act on. */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }

    /** True while a scenario is being recomputed. */
    public ReadOnlyBooleanProperty computingProperty() { return scenario.workingProperty(); }

    /** What the screen is waiting for, or what went wrong; empty when all is well. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }

    /** The model's own levels, e.g. "0%, 5%, 10%". */
    public ReadOnlyStringProperty modelLevelsProperty() { return modelLevels.getReadOnlyProperty(); }

    /** Only a rate treatment can be scored at other discounts. */
    public ReadOnlyBooleanProperty customGridAllowedProperty() { return customGridAllowed.getReadOnlyProperty(); }

    public BooleanProperty customGridProperty() { return customGrid; }

    public StringProperty customGridTextProperty() { return customGridText; }

    /** Why the typed grid was refused, or that it goes beyond what the model saw. */
    public ReadOnlyStringProperty gridMessageProperty() { return gridMessage.getReadOnlyProperty(); }
}
