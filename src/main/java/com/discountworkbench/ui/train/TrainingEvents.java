package com.discountworkbench.ui.train;

import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.task.TaskMonitor;
import java.util.function.Consumer;

/**
 * Turns the trainer's callbacks on the training thread into {@link TrainingEvent}s for the UI. Cheap by design: it
 * only counts steps and queues records, so training never waits for the screen.
 */
final class TrainingEvents implements DiscountModelTrainer.Progress {
    private final Consumer<TrainingEvent> sink;
    private final TrainingPlan plan;

    TrainingEvents(Consumer<TrainingEvent> sink, TrainingPlan plan) {
        this.sink = sink;
        this.plan = plan;
    }

    @Override
    public TrainingListener startModel(ModelKind kind, long parameters) {
        int maxEpochs = (kind == ModelKind.PURCHASE ? plan.purchase() : plan.value()).epochs();
        sink.accept(new TrainingEvent.ModelStarted(kind, parameters, maxEpochs, System.nanoTime()));
        return new StepCounter(kind);
    }

    /** The job's monitor, passing everything on and telling the UI about progress and stages as well. */
    TaskMonitor monitor(TaskMonitor job) {
        return new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                job.progress(fraction, message);
                sink.accept(new TrainingEvent.Progress(fraction, message, System.nanoTime()));
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
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
            sink.accept(new TrainingEvent.Update(kind, epoch, stepsBefore + iteration, loss));
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
