package com.discountworkbench.cli;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.io.CsvExportFormat;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.io.ScoresCsvWriter;
import com.discountworkbench.io.StreamedPolicyWriter;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.policy.BudgetOutcome;
import com.discountworkbench.policy.CustomerScorer;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicySettings;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench stream}: streaming score and budgeted policy over a generated customer file larger than memory. */
@Command(name = "stream",
        mixinStandardHelpOptions = true,
        description = {"Write a customer file with the sample generator's columns, then score it and compute a "
                + "budgeted policy from it in chunks, as 'score' and 'policy' do; print rows_per_s, peak_heap_mb "
                + "and peak_rss_mb for each. Run with e.g. -Xmx512m to see that memory stays bounded.",
            "peak_heap_mb: highest used heap, polled every millisecond, above a baseline taken after System.gc() "
                    + "(uncollected garbage counts). peak_rss_mb: the process's resident peak (VmHWM, heap and "
                    + "ND4J's native memory), reset before each phase. The files go to a temporary folder under "
                    + "--dir and are deleted at the end."})
public final class BenchStreamCommand implements Callable<Integer> {
    private static final int SAMPLE_ROWS = 20_000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "1000000",
            description = "Customers in the generated file (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--model", paramLabel = "FILE.dwm",
            description = "Model to use (default: a small one trained with 2 epochs on the 20,000-row sample).")
    private Path modelFile;

    @Option(names = "--dir", paramLabel = "DIR", description = "Folder for the temporary files (default: the "
            + "system's temporary folder); it needs about 4 times the customer file's size.")
    private Path dir;

    @Option(names = "--budget-per-customer", paramLabel = "AMOUNT", defaultValue = "0.5",
            description = "Discount budget of the policy, per customer (default: ${DEFAULT-VALUE}).")
    private double budgetPerCustomer;

    @Option(names = "--chunk-rows", paramLabel = "N", defaultValue = "65536",
            description = "Rows per chunk (default: ${DEFAULT-VALUE}).")
    private int chunkRows;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Seed of the generated customers (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path folder = Files.createTempDirectory(dir == null ? Path.of(System.getProperty("java.io.tmpdir")) : dir,
                "bench-stream-");
        try {
            Path customers = folder.resolve("customers.csv");
            long start = System.nanoTime();
            SampleCsv.writeAtomically(customers, SampleDataGenerator.stream(rows, seed), rows, TaskMonitor.NONE);
            out.printf(Locale.ROOT, "rows=%d file_mb=%.1f generate_s=%.1f%n", rows, Files.size(customers) / 1e6,
                    seconds(start));
            out.flush();
            DiscountModel model = modelFile != null ? ModelFile.read(modelFile, new Dl4jTrainer())
                    : trainSmallModel(folder, out);
            Path scores = folder.resolve("scores.csv");
            measure("score", out, () -> score(model, customers, scores));
            Files.delete(scores); // only one output at a time on the disk
            measure("policy", out, () -> policy(model, customers, folder.resolve("policy.csv"), out));
        } finally {
            deleteAll(folder);
        }
        return 0;
    }

    private DiscountModel trainSmallModel(Path folder, PrintWriter out) {
        long start = System.nanoTime();
        Path sample = folder.resolve("sample.csv");
        SampleCsv.writeAtomically(sample, SampleDataGenerator.stream(SAMPLE_ROWS, SampleDataGenerator.DEFAULT_SEED),
                SAMPLE_ROWS, TaskMonitor.NONE);
        Dataset training = CsvDatasetReader.read(sample, CsvOptions.detect(), TaskMonitor.NONE).dataset();
        NetworkSpec network = NetworkSpec.defaults().withEpochs(2, 0);
        DiscountModel model = new DiscountModelTrainer(new Dl4jTrainer()).train(training,
                TrainingPlan.defaults().withNetworks(network, network.forValueModel()),
                DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
        out.printf(Locale.ROOT, "train_s=%.1f (2 epochs on the %,d-row sample)%n", seconds(start), SAMPLE_ROWS);
        out.flush();
        return model;
    }

    private void score(DiscountModel model, Path customers, Path scores) {
        try (CsvChunkReader chunks = CsvChunkReader.open(customers, CsvOptions.detect(), chunkRows, TaskMonitor.NONE)) {
            new ScoresCsvWriter(CsvExportFormat.standard()).write(scores, model, chunks, TaskMonitor.NONE);
        }
    }

    private void policy(DiscountModel model, Path customers, Path policy, PrintWriter out) {
        CustomerScorer scorer = CustomerScorer.of(model, PolicySettings.defaults());
        PolicyConstraints constraints = PolicyConstraints.none().withBudget(budgetPerCustomer * rows);
        StreamedPolicyWriter.Result result;
        try (CsvChunkReader chunks = CsvChunkReader.open(customers, CsvOptions.detect(), chunkRows, TaskMonitor.NONE)) {
            result = new StreamedPolicyWriter(CsvExportFormat.standard()).write(policy, chunks,
                    chunk -> scorer.scoreChunk(chunk, TaskMonitor.NONE), constraints, 0, 0, TaskMonitor.NONE);
        }
        BudgetOutcome budget = result.summary().budget();
        out.printf(Locale.ROOT, "budget=%.0f spent=%.0f binding=%b met=%b lambda=%.4f%n", budget.budget(),
                budget.spent(), budget.binding(), budget.met(), budget.shadowPrice());
    }

    /** Runs one phase and prints its speed and memory peaks. */
    private void measure(String phase, PrintWriter out, Runnable work) throws InterruptedException {
        boolean rssReset = ProcessMemory.resetPeak();
        long start;
        try (HeapSampler heap = new HeapSampler()) {
            start = System.nanoTime();
            work.run();
            double wall = seconds(start);
            heap.close();
            String rss = ProcessMemory.peakResidentBytes().stream()
                    .mapToObj(bytes -> String.format(Locale.ROOT, "%.0f", bytes / 1e6)).findFirst().orElse("n/a");
            out.printf(Locale.ROOT, "phase=%s rows=%d wall_s=%.1f rows_per_s=%.0f peak_heap_mb=%.0f peak_rss_mb=%s%s%n",
                    phase, rows, wall, rows / wall, heap.peakAboveBaseline() / 1e6, rss,
                    rssReset ? "" : " (since start)");
            out.flush();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteAll(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
