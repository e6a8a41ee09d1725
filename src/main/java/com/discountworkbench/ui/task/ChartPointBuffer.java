package com.discountworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Collects points produced on a worker thread (e.g. one loss value per training iteration) and hands them to the
 * FX thread in batches at a bounded rate, so a chart gets one update with many points instead of thousands of
 * {@code runLater} calls that would freeze the window.
 */
public final class ChartPointBuffer<P> {
    private final Queue<P> pending = new ConcurrentLinkedQueue<>();
    private final Consumer<List<P>> sink;
    private final FxThrottle throttle;

    /**
     * @param sink receives each batch, oldest point first, on the UI thread; never called with an empty batch
     */
    public ChartPointBuffer(Consumer<List<P>> sink, long intervalMillis, FxThrottle.Scheduler scheduler,
            LongSupplier nanoClock) {
        this.sink = Objects.requireNonNull(sink, "sink");
        this.throttle = new FxThrottle(this::flush, intervalMillis, scheduler, nanoClock);
    }

    /** A buffer flushing to the FX thread at most every {@link FxThrottle#DEFAULT_INTERVAL_MILLIS}. */
    public static <P> ChartPointBuffer<P> onFxThread(Consumer<List<P>> sink) {
        return new ChartPointBuffer<>(sink, FxThrottle.DEFAULT_INTERVAL_MILLIS, FxThrottle.fxScheduler(), System::nanoTime);
    }

    /** Adds a point; safe from any thread. */
    public void add(P point) {
        pending.add(Objects.requireNonNull(point, "point"));
        throttle.request();
    }

    /**
     * Hands over whatever is pending right away; call it on the UI thread when the work has ended, so the last points
     * arrive before the result instead of up to one interval after it.
     */
    public void flush() {
        List<P> batch = new ArrayList<>();
        for (P point = pending.poll(); point != null; point = pending.poll()) {
            batch.add(point);
        }
        if (!batch.isEmpty()) {
            sink.accept(batch);
        }
    }
}
