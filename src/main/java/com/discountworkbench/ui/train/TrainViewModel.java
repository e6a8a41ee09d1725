package com.discountworkbench.ui.train;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.ChartPointBuffer;
import com.discountworkbench.ui.task.FxThrottle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Train step: trains both models as one background job on the session's data and plan, shows the run live
 * ({@link TrainingRunViewModel}), and publishes the model. Pause holds training between updates; Stop ends it with
 * the best epochs so far and still delivers a model; Cancel (status bar, closing the window) discards the run.
 */
public final class TrainViewModel {

    /** Where the run is. */
    public enum RunState { IDLE, RUNNING, PAUSED, STOPPING }

    private final WorkbenchContext context;
    private final UiLanguage language;
    private final FxThrottle.Scheduler scheduler;
    private final TrainingRunViewModel run;
    private final ModelFilesViewModel files;
    private final ReadOnlyObjectWrapper<RunState> state = new ReadOnlyObjectWrapper<>(this, "state", RunState.IDLE);
    private final ObservableList<MetricLine> summary = FXCollections.observableArrayList();
    private final BooleanBinding busy = state.isNotEqualTo(RunState.IDLE);
    private final BooleanBinding canStart;
    private TrainingControl control;
    private DiscountModel trainedHere;

    /** @param scheduler runs batches of training events on the UI thread ({@link FxThrottle#fxScheduler()}) */
    public TrainViewModel(WorkbenchContext context, FxThrottle.Scheduler scheduler) {
        this.context = context;
        this.language = context.language();
        this.scheduler = scheduler;
        this.run = new TrainingRunViewModel(language);
        this.files = new ModelFilesViewModel(context, run, busy);
        this.canStart = session().engineReadyProperty().and(session().dataProperty().isNotNull()).and(busy.not());
        session().modelProperty().addListener((property, old, model) -> modelChanged(model));
        language.property().addListener(changed -> refreshSummary());
        modelChanged(session().modelProperty().get());
    }

    public TrainingRunViewModel run() {
        return run;
    }

    public ModelFilesViewModel files() {
        return files;
    }

    public ReadOnlyObjectProperty<RunState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Test-split metrics of the session's model; empty before there is one. */
    public ObservableList<MetricLine> summary() {
        return summary;
    }

    /** Training needs the engine loaded, data, and no run in progress. */
    public BooleanBinding canStart() {
        return canStart;
    }

    /** True while a run is in progress (running, paused or stopping). */
    public BooleanBinding busy() {
        return busy;
    }

    /** Why Start is not available, or what it will do. */
    public StringBinding startHint() {
        return Bindings.createStringBinding(this::describeStart, session().engineReadyProperty(),
                session().dataProperty(), session().planProperty(), state, language.property());
    }

    /** Trains the purchase model and then the value model, in the background. */
    public void start() {
        LoadedDataset data = session().dataProperty().get();
        TrainingPlan plan = session().planProperty().get();
        if (!canStart.get()) {
            return;
        }
        // Training with the Network step's settings accepts them, even when the analyst never changed them.
        if (context.pipeline().state(PipelineStep.NETWORK) == StepState.READY) {
            context.pipeline().markDone(PipelineStep.NETWORK);
        }
        run.clear();
        run.log(language.text("train.log.started", language.formats().integer(data.dataset().rowCount())));
        TrainingControl runControl = new TrainingControl(language.text("train.paused"));
        ChartPointBuffer<TrainingEvent> events = new ChartPointBuffer<>(run::apply,
                FxThrottle.DEFAULT_INTERVAL_MILLIS, scheduler, System::nanoTime);
        TrainingEvents progress = new TrainingEvents(events::add, plan, language.get());
        control = runControl;
        state.set(RunState.RUNNING);
        context.tasks().execute(BackgroundTask.of(language.text("train.job"), monitor ->
                        new DiscountModelTrainer(new ControlledTrainer(new Dl4jTrainer(), runControl, monitor))
                                .train(data.dataset(), plan, progress, progress.monitor(monitor)))
                .onSuccess(model -> {
                    events.flush();
                    succeeded(model, runControl);
                })
                .onFailure(failure -> {
                    events.flush();
                    failed(failure, runControl);
                })
                .onCancelled(() -> {
                    events.flush();
                    ended("train.log.cancelled");
                }));
    }

    /** Holds training after the current update; {@link #resume()} continues it. */
    public void pause() {
        if (state.get() == RunState.RUNNING) {
            control.pause();
            state.set(RunState.PAUSED);
            run.log(language.text("train.log.paused"));
        }
    }

    public void resume() {
        if (state.get() == RunState.PAUSED) {
            control.resume();
            state.set(RunState.RUNNING);
            run.log(language.text("train.log.resumed"));
        }
    }

    /** Ends training with the best epochs so far; the model is still evaluated and published. */
    public void stop() {
        if (state.get() == RunState.RUNNING || state.get() == RunState.PAUSED) {
            control.stop();
            state.set(RunState.STOPPING);
            run.log(language.text("train.log.stopping"));
        }
    }

    private WorkbenchSession session() {
        return context.session();
    }

    private void succeeded(DiscountModel model, TrainingControl runControl) {
        trainedHere = model;
        session().modelProperty().set(model);
        context.pipeline().markDone(PipelineStep.TRAIN);
        if (runControl.isStopRequested() && model.value().isEmpty()) {
            run.log(language.text("train.log.noValueModel"));
        }
        ended(runControl.isStopRequested() ? "train.log.stopped" : "train.log.finished");
    }

    private void failed(Throwable failure, TrainingControl runControl) {
        if (runControl.isStopRequested()) {
            // Stopped before the purchase model finished a single update: there is no model, and that is no error.
            ended("train.log.stoppedEmpty");
            return;
        }
        run.log(language.text("train.log.failed", String.valueOf(failure.getMessage())));
        ended("train.log.noModel");
        new UncaughtErrorHandler(context.dialogs(), language).report(failure);
    }

    private void ended(String outcomeKey) {
        state.set(RunState.IDLE);
        run.finish(language.text(outcomeKey));
    }

    /** A model from elsewhere (a model file, a project) shows its recorded epochs; any model shows its metrics. */
    private void modelChanged(DiscountModel model) {
        refreshSummary();
        if (model != null && model != trainedHere) {
            run.showHistory(model.report());
        }
    }

    private void refreshSummary() {
        DiscountModel model = session().modelProperty().get();
        summary.setAll(model == null ? List.of() : ModelSummary.lines(model, language));
    }

    private String describeStart() {
        LoadedDataset data = session().dataProperty().get();
        if (!session().engineReadyProperty().get()) {
            return language.text("train.hint.engine");
        }
        if (data == null) {
            return language.text("train.hint.noData");
        }
        if (state.get() != RunState.IDLE) {
            return language.text("train.hint.running");
        }
        TrainingPlan plan = session().planProperty().get();
        return language.text("train.hint.ready", language.formats().integer(data.dataset().rowCount()),
                Math.max(plan.purchase().epochs(), plan.value().epochs()));
    }
}
