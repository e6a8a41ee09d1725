package com.discountworkbench.ui.bench;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;

/**
 * Time from JVM start to the main window's first frame, and to "ready to train" (the neural-network engine loaded in
 * the background). Opens the window the way the desktop application does.
 */
public final class StartupBenchmark {

    /** Seconds since the JVM started. */
    public record Result(double windowSeconds, double readySeconds) {
    }

    private StartupBenchmark() {
    }

    /** @param timeout how long to wait for the engine before giving up */
    public static Result run(Duration timeout) throws InterruptedException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicLong firstFrame = new AtomicLong();
        AtomicLong ready = new AtomicLong();
        try (BenchWindow bench = BenchWindow.open(window -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    firstFrame.compareAndSet(0, System.currentTimeMillis());
                    stop();
                }
            }.start();
            window.context().session().engineReadyProperty().subscribe(isReady -> {
                if (isReady) {
                    ready.compareAndSet(0, System.currentTimeMillis());
                }
            });
        })) {
            if (!bench.await(() -> ready.get() != 0 && firstFrame.get() != 0, timeout)) {
                throw new IllegalStateException("The engine was not ready within " + timeout.toSeconds() + " s");
            }
        }
        return new Result((firstFrame.get() - jvmStart) / 1000.0, (ready.get() - jvmStart) / 1000.0);
    }
}
