package com.discountworkbench.ui.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Watches how long the FX thread keeps the analyst waiting. A ping posted every few milliseconds from another thread
 * is timed until the FX thread runs it (the stall), together with the CPU time the FX thread used meanwhile (its own
 * work, as opposed to waiting for a core on a busy machine); the gaps between animation pulses (frames) are recorded
 * too.
 */
final class FxStallWatchdog {
    /** JavaFX's rendering thread, which draws each frame after the FX thread has laid it out. */
    private static final String RENDER_THREAD = "QuantumRenderer-0";

    /**
     * What was seen, in milliseconds; the CPU totals are the FX thread's and the render thread's work over the whole
     * watch, which a busy machine does not inflate the way it inflates waits.
     */
    record Stalls(double maxStallMillis, double p99StallMillis, int pings, double maxBusyMillis,
                  double maxFrameGapMillis, double fxCpuMillis, double renderCpuMillis) {
    }

    private record Ping(long waitNanos, long busyNanos) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final long fxThread = Thread.currentThread().getId();
    private final long renderThread = threadNamed(RENDER_THREAD);
    private final long fxCpuAtStart = threads.getThreadCpuTime(fxThread);
    private final long renderCpuAtStart = cpuTime(renderThread);
    private final List<Ping> pings = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fx-stall-watchdog");
        thread.setDaemon(true);
        return thread;
    });
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            if (lastFrame != 0) {
                maxFrameGap = Math.max(maxFrameGap, now - lastFrame);
            }
            lastFrame = now;
        }
    };
    private long lastFrame;
    private long maxFrameGap;

    private FxStallWatchdog() {
    }

    /** Starts watching; call on the FX thread. */
    static FxStallWatchdog start(long pingIntervalMillis) {
        FxStallWatchdog watchdog = new FxStallWatchdog();
        watchdog.frames.start();
        watchdog.pinger.scheduleAtFixedRate(watchdog::ping, 0, pingIntervalMillis, TimeUnit.MILLISECONDS);
        return watchdog;
    }

    private void ping() {
        long posted = System.nanoTime();
        long cpuAtPost = threads.getThreadCpuTime(fxThread);
        Platform.runLater(() -> pings.add(new Ping(System.nanoTime() - posted,
                threads.getThreadCpuTime(fxThread) - cpuAtPost)));
    }

    /** Stops watching and sums up; call on the FX thread. */
    Stalls stop() {
        pinger.shutdownNow();
        frames.stop();
        List<Long> waits = new ArrayList<>();
        long maxBusy = 0;
        synchronized (pings) {
            for (Ping ping : pings) {
                waits.add(ping.waitNanos());
                maxBusy = Math.max(maxBusy, ping.busyNanos());
            }
        }
        Collections.sort(waits);
        double max = waits.isEmpty() ? Double.NaN : waits.get(waits.size() - 1) / 1e6;
        double p99 = waits.isEmpty() ? Double.NaN : waits.get((int) Math.floor(0.99 * (waits.size() - 1))) / 1e6;
        return new Stalls(max, p99, waits.size(), maxBusy / 1e6, maxFrameGap / 1e6,
                (threads.getThreadCpuTime(fxThread) - fxCpuAtStart) / 1e6,
                (cpuTime(renderThread) - renderCpuAtStart) / 1e6);
    }

    /** The id of the live thread with this name, or -1. */
    private static long threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(thread -> thread.getName().equals(name))
                .mapToLong(Thread::getId).findFirst().orElse(-1);
    }

    private long cpuTime(long thread) {
        return thread < 0 ? 0 : Math.max(0, threads.getThreadCpuTime(thread));
    }
}
