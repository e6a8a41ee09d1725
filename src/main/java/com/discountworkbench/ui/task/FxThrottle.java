package com.discountworkbench.ui.task;

import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javafx.application.Platform;

/**
 * Runs an action on the FX thread at most once per interval however often worker threads ask for it. Requests
 * made while a run is already scheduled are merged into it, so a training loop reporting thousands of times per
 * second costs the FX thread at most ten short runs per second (at the default 100 ms).
 */
public final class FxThrottle {
    public static final long DEFAULT_INTERVAL_MILLIS = 100;

    /** Runs an action on the UI thread after a delay; the FX implementation waits on a timer thread. */
    @FunctionalInterface
    public interface Scheduler {
        void schedule(Runnable action, long delayMillis);
    }

    private final Runnable action;
    private final long intervalNanos;
    private final Scheduler scheduler;
    private final LongSupplier nanoClock;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile long lastRunNanos;

    public FxThrottle(Runnable action, long intervalMillis, Scheduler scheduler, LongSupplier nanoClock) {
        this.action = Objects.requireNonNull(action, "action");
        this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.lastRunNanos = nanoClock.getAsLong() - intervalNanos;
    }

    /** A throttle running {@code action} on the FX thread. */
    public static FxThrottle onFxThread(Runnable action, long intervalMillis) {
        return new FxThrottle(action, intervalMillis, fxScheduler(), System::nanoTime);
    }

    /** The scheduler that runs actions on the FX thread. */
    public static Scheduler fxScheduler() {
        return FxScheduler.INSTANCE;
    }

    /** Asks for one run of the action; safe from any thread. */
    public void request() {
        if (scheduled.compareAndSet(false, true)) {
            long waitNanos = Math.max(0, lastRunNanos + intervalNanos - nanoClock.getAsLong());
            scheduler.schedule(this::run, TimeUnit.NANOSECONDS.toMillis(waitNanos));
        }
    }

    private void run() {
        lastRunNanos = nanoClock.getAsLong();
        // Cleared before the action so a request arriving during it schedules the next run instead of being lost.
        scheduled.set(false);
        action.run();
    }

    /** Waits on one shared daemon timer thread, then hands over to the FX thread. */
    private static final class FxScheduler implements Scheduler {
        static final FxScheduler INSTANCE = new FxScheduler();

        private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "fx-throttle-timer");
            thread.setDaemon(true);
            return thread;
        });

        @Override
        public void schedule(Runnable action, long delayMillis) {
            if (delayMillis <= 0) {
                Platform.runLater(action);
            } else {
                timer.schedule(() -> Platform.runLater(action), delayMillis, TimeUnit.MILLISECONDS);
            }
        }
    }
}
