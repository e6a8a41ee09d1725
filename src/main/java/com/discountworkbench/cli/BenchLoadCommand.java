package com.discountworkbench.cli;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench load [FILE]}: how fast a CSV loads and how much heap it takes. */
@Command(name = "load",
        mixinStandardHelpOptions = true,
        description = {"Load a CSV file and print rows_per_s, peak_heap_mb and numeric_float32_mb.",
            "Without FILE, first writes a seeded 1,000,000-row x 24-column numeric CSV to a temporary file "
                    + "(deleted afterwards; --keep saves it, e.g. to time pandas on the same file).",
            "peak_heap_mb: highest used heap, polled every millisecond, above a baseline taken after System.gc(); "
                    + "uncollected garbage counts, so it is an upper bound. pool_peak_mb sums the heap pools' own "
                    + "peaks (higher still). rows_per_s is from the fastest run; the first run includes JIT warm-up; "
                    + "cpu_seconds is the loading thread's CPU time, steadier than seconds on a busy machine."})
public final class BenchLoadCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", description = "CSV file to load (default: generated).")
    private Path file;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--columns", paramLabel = "N", defaultValue = "24", description = "Columns to generate (default: ${DEFAULT-VALUE}).")
    private int columns;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42", description = "Seed of the generated data (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "3", description = "How many times to load (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--keep", paramLabel = "PATH", description = "Also save the generated CSV here.")
    private Path keep;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path input = file;
        Path generated = null;
        try {
            if (input == null) {
                generated = Files.createTempFile("bench-load-", ".csv");
                BenchmarkCsv.write(generated, rows, columns, seed);
                input = generated;
                if (keep != null) {
                    saveCopy(generated, keep);
                }
            }
            out.printf(Locale.ROOT, "file=%s size_mb=%.1f%n", file == null ? "generated" : input,
                    Files.size(input) / 1e6);
            measure(input, out);
        } finally {
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
        return 0;
    }

    private void measure(Path input, PrintWriter out) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double bestSeconds = Double.MAX_VALUE;
        long peakBytes = 0;
        long poolPeakBytes = 0;
        int loadedRows = 0;
        double float32Mb = 0;
        for (int run = 1; run <= Math.max(1, runs); run++) {
            LoadedDataset loaded;
            long start;
            long cpuStart;
            HeapSampler heap = new HeapSampler();
            try {
                cpuStart = threads.getCurrentThreadCpuTime();
                start = System.nanoTime();
                loaded = CsvDatasetReader.read(input, CsvOptions.detect(), TaskMonitor.NONE);
            } finally {
                heap.close();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            peakBytes = Math.max(peakBytes, heap.peakAboveBaseline());
            poolPeakBytes = Math.max(poolPeakBytes, heap.poolPeaksAboveBaseline());
            loadedRows = loaded.dataset().rowCount();
            float32Mb = numericFloat32Bytes(loaded) / 1e6;
            bestSeconds = Math.min(bestSeconds, seconds);
            out.printf(Locale.ROOT, "run=%d seconds=%.3f cpu_seconds=%.3f rows_per_s=%.0f peak_heap_mb=%.1f%n", run,
                    seconds, cpuSeconds, loadedRows / seconds, heap.peakAboveBaseline() / 1e6);
            out.flush();
        }
        out.printf(Locale.ROOT, "rows=%d rows_per_s=%.0f peak_heap_mb=%.1f pool_peak_mb=%.1f numeric_float32_mb=%.1f%n",
                loadedRows, loadedRows / bestSeconds, peakBytes / 1e6, poolPeakBytes / 1e6, float32Mb);
    }

    private static long numericFloat32Bytes(LoadedDataset loaded) {
        long bytes = 0;
        for (Column column : loaded.dataset().columns()) {
            if (column instanceof NumericColumn numeric) {
                bytes += 4L * numeric.size();
            }
        }
        return bytes;
    }

    /** Copies through a temporary file in the target folder, so a failure leaves no partial file. */
    private static void saveCopy(Path source, Path target) throws java.io.IOException {
        Path absolute = target.toAbsolutePath();
        Path temp = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
