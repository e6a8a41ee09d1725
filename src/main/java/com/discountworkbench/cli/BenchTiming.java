package com.discountworkbench.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/** Clock helpers for the benchmarks. */
final class BenchTiming {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private BenchTiming() {
    }

    /**
     * CPU seconds used by the calling thread. ND4J runs on the calling thread here, so on a busy machine this shows
     * the work done independently of what other processes take from the wall clock.
     */
    static double threadCpuSeconds() {
        return THREADS.getCurrentThreadCpuTime() / 1e9;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
