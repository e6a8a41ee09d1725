package com.discountworkbench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Measures how much heap a piece of work needs. A baseline is taken after {@code System.gc()}; then a daemon
 * thread polls the used heap every millisecond and keeps the highest value. Garbage not yet collected counts,
 * so the figure is an upper bound on what the work really holds. The sum of the heap pools' own peak usage
 * (reset at the start) is reported too; it is higher still because each pool peaks at its own moment.
 */
final class HeapSampler implements AutoCloseable {
    private static final long POLL_MILLIS = 1;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).toList();
    private final long baseline;
    private final Thread poller;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        System.gc();
        System.gc();
        baseline = memory.getHeapMemoryUsage().getUsed();
        peak = baseline;
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        poller = new Thread(this::poll, "heap-sampler");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        while (running) {
            sample();
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void sample() {
        long used = memory.getHeapMemoryUsage().getUsed();
        if (used > peak) {
            peak = used;
        }
    }

    /** Highest polled heap use above the baseline, in bytes. */
    long peakAboveBaseline() {
        return peak - baseline;
    }

    /** Sum of the heap pools' peak usage above the baseline, in bytes. */
    long poolPeaksAboveBaseline() {
        return heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - baseline;
    }

    /** Takes a last sample and stops polling; the figures stay readable. */
    @Override
    public void close() throws InterruptedException {
        if (running) {
            sample();
            running = false;
            poller.join();
        }
    }
}
