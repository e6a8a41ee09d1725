package com.discountworkbench.ui.train;

import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.i18n.Localization;
import java.util.function.Consumer;

/**
 * Turns the trainer's callbacks on the training thread into {@link TrainingEvent}s for the UI. Cheap by design: it
 * only counts steps and queues records, so training never waits for the screen. Progress is described in the
 * window's language ("Purchase model · epoch 3 of 30"), for the status bar as well as the Train step, instead of the
 * trainer's own English stage texts.
 */
final class TrainingEvents implements DiscountModelTrainer.Progress {
    private final Consumer<TrainingEvent> sink;
    private final TrainingPlan plan;
    private final Localization localization;
    private volatile ModelKind model;
    private volatile int maxEpochs;
    private volatile int epoch;

    /** @param localization the language when the run started (immutable, so safe on the training thread) */
    TrainingEvents(Consumer<TrainingEvent> sink, TrainingPlan plan, Localization localization) {
        this.sink = sink;
        this.plan = plan;
        this.localization = localization;
    }

    @Override
    public TrainingListener startModel(ModelKind kind, long parameters) {
        model = kind;
        maxEpochs = (kind == ModelKind.PURCHASE ? plan.purchase() : plan.value()).epochs();
        epoch = 0;
        sink.accept(new TrainingEvent.ModelStarted(kind, parameters, System.nanoTime()));
        return new StepCounter(kind);
    }

    /** The job's monitor, passing progress on in the window's language and telling the UI about it as well. */
    TaskMonitor monitor(TaskMonitor job) {
        return new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                String status = status(fraction);
                job.progress(fraction, status);
                sink.accept(new TrainingEvent.Progress(fraction, status, System.nanoTime()));
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
    }

    /** A stage of unknown length is known from where the run is: before the first model, or after the last. */
    private String status(double fraction) {
        ModelKind current = model;
        if (fraction < 0 || current == null) {
            return localization.text(current == null ? "train.stage.preparing" : "train.stage.evaluating");
        }
        return localization.text("train.status", localization.text(TrainingRunViewModel.modelNameKey(current)),
                Math.max(epoch, 1), maxEpochs);
    }

    /**
     * Places sampled losses on a step axis: the engine numbers updates within each epoch, so the steps of earlier
     * epochs (the highest update number each reported) are added in front.
     */
    private final class StepCounter implements TrainingListener {
        private final ModelKind kind;
        private long stepsBefore;
        private int lastIteration;

        StepCounter(ModelKind kind) {
            this.kind = kind;
        }

        @Override
        public void onIteration(int epoch, int iteration, double loss) {
            lastIteration = Math.max(lastIteration, iteration);
            TrainingEvents.this.epoch = epoch;
            sink.accept(new TrainingEvent.Update(kind, stepsBefore + iteration, loss));
        }

        @Override
        public void onEpoch(EpochMetrics metrics) {
            stepsBefore += lastIteration;
            lastIteration = 0;
            sink.accept(new TrainingEvent.EpochEnd(kind, stepsBefore, metrics));
        }

        @Override
        public void onMessage(String message) {
            sink.accept(new TrainingEvent.Message(message));
        }
    }
}
