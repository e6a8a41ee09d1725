package com.discountworkbench.ui.train;

import com.discountworkbench.task.TaskMonitor;

/**
 * Pause and Stop for a training run, seen by the engine through the monitor it polls between updates.
 *
 * <p>Stop is not Cancel: the engine sees a cancelled monitor, ends the network it is training with the best epoch so
 * far and returns normally, while the job itself goes on to evaluate and deliver that model. (Cancel — the status
 * bar, closing the window — cancels the job's own monitor and discards the run.) Pause holds the training thread at
 * its next check until Resume, Stop or Cancel; the paused time counts in that epoch's elapsed time and rows per
 * second, because the engine measures wall time.
 */
final class TrainingControl {
    /** How often a paused training thread looks for a Cancel, which arrives without a notification. */
    private static final long PAUSE_POLL_MILLIS = 50;

    private final Object lock = new Object();
    private final String pausedMessage;
    private volatile boolean stopRequested;
    private volatile boolean paused;
    private volatile double lastFraction = -1;

    /** @param pausedMessage what the status bar says while paused */
    TrainingControl(String pausedMessage) {
        this.pausedMessage = pausedMessage;
    }

    void pause() {
        paused = true;
    }

    void resume() {
        synchronized (lock) {
            paused = false;
            lock.notifyAll();
        }
    }

    /** Ends the network being trained with its best epoch so far; the job still delivers a model. */
    void stop() {
        stopRequested = true;
        resume();
    }

    boolean isStopRequested() {
        return stopRequested;
    }

    /**
     * The monitor the engine polls: cancelled on Stop or Cancel, and waiting there while paused.
     *
     * @param engine what the engine would otherwise report to
     * @param status where "Paused" is shown (the job's own monitor: the status bar)
     */
    TaskMonitor engineMonitor(TaskMonitor engine, TaskMonitor status) {
        return new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                lastFraction = fraction;
                engine.progress(fraction, message);
            }

            @Override
            public boolean isCancelled() {
                waitWhilePaused(engine, status);
                return stopRequested || engine.isCancelled();
            }
        };
    }

    private void waitWhilePaused(TaskMonitor engine, TaskMonitor status) {
        if (!paused) {
            return;
        }
        status.progress(lastFraction, pausedMessage);
        synchronized (lock) {
            while (paused && !stopRequested && !engine.isCancelled()) {
                try {
                    lock.wait(PAUSE_POLL_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
