package com.discountworkbench.cli;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.bench.UiStallBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench ui-stall}: the longest FX-thread stall while the real window trains and draws its charts. */
@Command(name = "ui-stall", mixinStandardHelpOptions = true,
        description = "Train both models from the Train step of the real window (generated sample customers or FILE.csv,"
                + " default networks, a few epochs) while a watchdog pings the FX thread every 10 ms. Prints"
                + " max_fx_stall_ms (goal: under 100), p99_fx_stall_ms, max_fx_busy_ms (the FX thread's own CPU time"
                + " during the worst wait; the rest is waiting for a core), max_frame_gap_ms, fx_cpu_ms and render_cpu_ms"
                + " (CPU used by the FX and render threads during the run), open_train_step_ms,"
                + " train_s, epoch_rows and chart_points. Needs a display; on a server run it under Xvfb (xvfb-run -a …).")
public final class BenchUiStallCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE.csv", description = "Customer file to train on instead of samples.")
    private Path file;

    @Option(names = "--rows", defaultValue = "20000", description = "Sample customers to generate (default: ${DEFAULT-VALUE}).")
    private int rows;

    @Option(names = "--epochs", defaultValue = "5", description = "Epochs per model (default: ${DEFAULT-VALUE}).")
    private int epochs;

    @Option(names = "--timeout", defaultValue = "600", paramLabel = "SECONDS",
            description = "Give up when training has not finished by then (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        LoadedDataset data = file != null ? CsvDatasetReader.read(file, CsvOptions.detect(), TaskMonitor.NONE) : samples();
        NetworkSpec network = NetworkSpec.defaults().withEpochs(epochs, 0);
        TrainingPlan plan = TrainingPlan.defaults().withNetworks(network, network.forValueModel());
        out.printf(Locale.ROOT, "rows=%d epochs=%d%n", data.dataset().rowCount(), epochs);
        out.flush();
        UiStallBenchmark.Result result = UiStallBenchmark.run(data, plan, Duration.ofSeconds(timeoutSeconds));
        out.printf(Locale.ROOT, "max_fx_stall_ms=%.1f%n", result.maxStallMillis());
        out.printf(Locale.ROOT, "p99_fx_stall_ms=%.1f%n", result.p99StallMillis());
        out.printf(Locale.ROOT, "pings=%d%n", result.pings());
        out.printf(Locale.ROOT, "max_fx_busy_ms=%.1f%n", result.maxBusyMillis());
        out.printf(Locale.ROOT, "max_frame_gap_ms=%.1f%n", result.maxFrameGapMillis());
        out.printf(Locale.ROOT, "fx_cpu_ms=%.0f%n", result.fxCpuMillis());
        out.printf(Locale.ROOT, "render_cpu_ms=%.0f%n", result.renderCpuMillis());
        out.printf(Locale.ROOT, "open_train_step_ms=%.0f%n", result.openMillis());
        out.printf(Locale.ROOT, "train_s=%.2f%n", result.trainingSeconds());
        out.printf(Locale.ROOT, "epoch_rows=%d%n", result.epochRows());
        out.printf(Locale.ROOT, "chart_points=%d%n", result.chartPoints());
        out.flush();
        return 0;
    }

    /** The bundled sample's generator, through a temporary CSV so the data is read exactly as a file would be. */
    private LoadedDataset samples() {
        Path csv = null;
        try {
            csv = Files.createTempFile("ui-stall-", ".csv");
            SampleCsv.writeAtomically(csv, SampleDataGenerator.generate(rows, SampleDataGenerator.DEFAULT_SEED), rows,
                    TaskMonitor.NONE);
            return CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE);
        } catch (IOException e) {
            throw new DataException("Could not write the sample customers to a temporary file (" + e.getMessage() + ").",
                    e);
        } finally {
            deleteQuietly(csv);
        }
    }

    private static void deleteQuietly(Path csv) {
        if (csv == null) {
            return;
        }
        try {
            Files.deleteIfExists(csv);
        } catch (IOException e) {
            // A leftover file in the temp folder is harmless; the benchmark's figures are what matter.
        }
    }
}
