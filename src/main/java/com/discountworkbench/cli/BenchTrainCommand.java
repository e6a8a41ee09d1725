package com.discountworkbench.cli;

import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LearningRateSchedule;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.model.dl4j.Nd4jRuntime;
import com.discountworkbench.model.eval.RocCurve;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Time-to-quality of training: the application's default network settings on generated data (or a numeric CSV),
 * the last 20 % of rows held out. Times only {@code train(...)} on data already in memory, after warming up ND4J.
 */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train the default network (24-64-32-1 on generated data) and print wall_s, rows_per_s and "
                + "holdout_auc. The last 20 %% of rows are held out.")
public final class BenchTrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE.csv",
            description = "Numeric CSV with a header to train on instead of generated data (features used as is).")
    private Path file;

    @Option(names = "--label", defaultValue = BenchmarkData.LABEL, description = "0/1 label column of FILE.csv.")
    private String label;

    @Option(names = "--rows", defaultValue = "200000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--epochs", defaultValue = "5", description = "Epochs (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--batch-size", description = "Override the default (automatic) batch size.")
    private Integer batchSize;

    @Option(names = "--learning-rate", description = "Override the default learning rate.")
    private Double learningRate;

    @Option(names = "--schedule", description = "Override the default schedule: ${COMPLETION-CANDIDATES}.")
    private LearningRateSchedule schedule;

    @Option(names = "--seed", defaultValue = "42",
            description = "Seed for data and network (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--repeat", defaultValue = "1", description = "Train this many times and print medians.")
    private int repeat;

    @Option(names = "--write-data", paramLabel = "FILE.csv",
            description = "Also write the data to this CSV (features, then 'label') for other tools.")
    private Path writeData;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BenchmarkData data = file != null ? BenchmarkData.readCsv(file, label) : BenchmarkData.generate(rows, seed);
        if (writeData != null) {
            data.writeCsv(writeData);
            out.println("wrote=" + writeData);
        }
        int trainRows = data.rows() - data.rows() / 5;
        BenchmarkData train = data.slice(0, trainRows);
        BenchmarkData holdout = data.slice(trainRows, data.rows());
        NetworkSpec network = networkSpec();
        out.printf(Locale.ROOT, "rows=%d features=%d train_rows=%d holdout_rows=%d%n", data.rows(),
                data.features().columns(), trainRows, holdout.rows());
        out.printf(Locale.ROOT, "network=%s params=%d batch=%d learning_rate=%s schedule=%s epochs=%d%n",
                shape(network, data.features().columns()), network.parameterCount(data.features().columns()),
                network.effectiveBatchSize(trainRows), network.learningRate(), network.schedule(), epochs);
        out.printf(Locale.ROOT, "warmup_s=%.3f%n", Nd4jRuntime.warmUp().toMillis() / 1000.0);
        out.flush();
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        double auc = Double.NaN;
        for (int run = 0; run < repeat; run++) {
            double cpuStart = BenchTiming.threadCpuSeconds();
            long start = System.nanoTime();
            TrainingResult result = new Dl4jTrainer().train(train.features(), train.labels(), null, null, null,
                    network, TrainingListener.NONE, TaskMonitor.NONE);
            wall[run] = (System.nanoTime() - start) / 1e9;
            cpu[run] = BenchTiming.threadCpuSeconds() - cpuStart;
            TrainedNetwork trained = result.network().orElseThrow(() -> new IllegalStateException(result.message()));
            auc = RocCurve.auc(trained.predict(holdout.features()), holdout.labels());
            if (repeat > 1) {
                out.printf(Locale.ROOT, "run=%d wall_s=%.3f cpu_s=%.3f holdout_auc=%.4f%n", run + 1, wall[run],
                        cpu[run], auc);
                out.flush();
            }
        }
        double medianWall = BenchTiming.median(wall);
        out.printf(Locale.ROOT, "wall_s=%.3f%n", medianWall);
        out.printf(Locale.ROOT, "cpu_s=%.3f%n", BenchTiming.median(cpu));
        out.printf(Locale.ROOT, "rows_per_s=%.0f%n", (double) trainRows * epochs / medianWall);
        out.printf(Locale.ROOT, "holdout_auc=%.4f%n", auc);
        if (holdout.trueProbabilities() != null) {
            out.printf(Locale.ROOT, "oracle_auc=%.4f%n", RocCurve.auc(holdout.trueProbabilities(), holdout.labels()));
        }
        return 0;
    }

    /** The application's default network, run for a fixed number of epochs without early stopping. */
    private NetworkSpec networkSpec() {
        NetworkSpec network = NetworkSpec.defaults().withEpochs(epochs, 0).withSeed(seed);
        if (batchSize != null) {
            network = network.withBatchSize(batchSize);
        }
        if (learningRate != null) {
            network = network.withLearningRate(learningRate);
        }
        return schedule == null ? network : network.withSchedule(schedule);
    }

    private static String shape(NetworkSpec network, int inputs) {
        StringBuilder shape = new StringBuilder().append(inputs);
        for (LayerSpec layer : network.layers()) {
            if (layer instanceof LayerSpec.Dense dense) {
                shape.append('-').append(dense.units());
            }
        }
        return shape.append("-1").toString();
    }
}
