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

    /**
     * Seconds since the JVM started, and CPU seconds the process had used by then (all threads; on a busy machine
     * the CPU figures vary much less than the wall-clock ones).
     */
    public record Result(double windowSeconds, double readySeconds, double windowCpuSeconds, double readyCpuSeconds) {
    }

    private StartupBenchmark() {
    }

    /** @param timeout how long to wait for the engine before giving up */
    public static Result run(Duration timeout) throws InterruptedException {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        AtomicLong firstFrame = new AtomicLong();
        AtomicLong ready = new AtomicLong();
        AtomicLong firstFrameCpu = new AtomicLong();
        AtomicLong readyCpu = new AtomicLong();
        try (BenchWindow bench = BenchWindow.open(window -> {
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (firstFrame.compareAndSet(0, System.currentTimeMillis())) {
                        firstFrameCpu.set(processCpuNanos());
                    }
                    stop();
                }
            }.start();
            window.context().session().engineReadyProperty().subscribe(isReady -> {
                if (isReady && ready.compareAndSet(0, System.currentTimeMillis())) {
                    readyCpu.set(processCpuNanos());
                }
            });
        })) {
            if (!bench.await(() -> ready.get() != 0 && firstFrame.get() != 0, timeout)) {
                throw new IllegalStateException("The engine was not ready within " + timeout.toSeconds() + " s");
            }
        }
        return new Result((firstFrame.get() - jvmStart) / 1000.0, (ready.get() - jvmStart) / 1000.0,
                firstFrameCpu.get() / 1e9, readyCpu.get() / 1e9);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
