package com.discountworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Pause holds the training thread at its next check; Stop and Cancel both release it. */
class TrainingControlTest {
    private final TrainingControl control = new TrainingControl("Paused");
    private final AtomicBoolean jobCancelled = new AtomicBoolean();
    private final List<String> messages = new ArrayList<>();
    private final TaskMonitor job = new TaskMonitor() {
        @Override
        public void progress(double fraction, String message) {
            synchronized (messages) {
                messages.add(fraction + " " + message);
            }
        }

        @Override
        public boolean isCancelled() {
            return jobCancelled.get();
        }
    };
    private final TaskMonitor engine = control.engineMonitor(job, job);

    @Test
    void runsFreelyUntilStopped() {
        engine.progress(0.25, "Epoch 2 of 8");
        assertThat(engine.isCancelled()).isFalse();

        control.stop();

        assertThat(engine.isCancelled()).isTrue();
        assertThat(control.isStopRequested()).isTrue();
        assertThat(job.isCancelled()).as("the job itself goes on").isFalse();
        assertThat(messages).containsExactly("0.25 Epoch 2 of 8");
    }

    @Test
    void pauseHoldsTheTrainingThreadUntilResumed() throws Exception {
        engine.progress(0.5, "Epoch 4 of 8");
        control.pause();
        CompletableFuture<Boolean> check = CompletableFuture.supplyAsync(engine::isCancelled);

        Thread.sleep(150);
        assertThat(check).isNotDone();
        assertThat(messages).contains("0.5 Paused");

        control.resume();
        assertThat(check.get(5, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void stopOrCancelReleaseAPausedThread() throws Exception {
        control.pause();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(engine::isCancelled);
        Thread.sleep(50);
        control.stop();
        assertThat(stopped.get(5, TimeUnit.SECONDS)).isTrue();

        TrainingControl other = new TrainingControl("Paused");
        TaskMonitor otherEngine = other.engineMonitor(job, job);
        other.pause();
        CompletableFuture<Boolean> cancelled = CompletableFuture.supplyAsync(otherEngine::isCancelled);
        Thread.sleep(50);
        jobCancelled.set(true);
        assertThat(cancelled.get(5, TimeUnit.SECONDS)).as("Cancel is noticed without a notification").isTrue();
    }
}
