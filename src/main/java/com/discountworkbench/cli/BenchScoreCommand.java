package com.discountworkbench.cli;

import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.model.dl4j.Nd4jRuntime;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Scoring throughput of the default network on generated rows already in memory. */
@Command(name = "score", mixinStandardHelpOptions = true,
        description = "Score generated rows with the default network and print rows_per_s.")
public final class BenchScoreCommand implements Callable<Integer> {
    private static final int TRAINING_ROWS = 20_000;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to score (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--repeat", defaultValue = "1", description = "Score this many times and print medians.")
    private int repeat;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed for data and network (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BenchmarkData data = BenchmarkData.generate(rows, seed);
        out.printf(Locale.ROOT, "warmup_s=%.3f%n", Nd4jRuntime.warmUp().toMillis() / 1000.0);
        BenchmarkData sample = data.slice(0, Math.min(TRAINING_ROWS, rows));
        TrainedNetwork network = new Dl4jTrainer().train(sample.features(), sample.labels(), null, null, null,
                NetworkSpec.defaults().withEpochs(1, 0).withSeed(seed), TrainingListener.NONE, TaskMonitor.NONE)
                .network().orElseThrow();
        double[] wall = new double[repeat];
        for (int run = 0; run < repeat; run++) {
            long start = System.nanoTime();
            network.predict(data.features());
            wall[run] = (System.nanoTime() - start) / 1e9;
            if (repeat > 1) {
                out.printf(Locale.ROOT, "run=%d wall_s=%.3f%n", run + 1, wall[run]);
            }
        }
        double median = BenchTiming.median(wall);
        out.printf(Locale.ROOT, "rows=%d%nwall_s=%.3f%nrows_per_s=%.0f%n", rows, median, rows / median);
        return 0;
    }
}
