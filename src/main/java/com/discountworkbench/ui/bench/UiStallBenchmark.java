package com.discountworkbench.ui.bench;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.WorkbenchSession;
import java.time.Duration;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;

/**
 * Drives one training run in the real window — data and plan put in the session, the Train step shown, its Start
 * button pressed — while {@link FxStallWatchdog} measures how long the FX thread is kept from answering.
 */
public final class UiStallBenchmark {
    /** Often enough to catch any stall a person would notice. */
    static final long PING_INTERVAL_MILLIS = 10;
    /** Frames to wait after showing the Train step, so its first layout is not counted as a training stall. */
    static final int SETTLE_FRAMES = 5;

    /**
     * @param maxStallMillis  longest wait of a ping for the FX thread while training ran
     * @param maxBusyMillis   most CPU time the FX thread itself used during one ping's wait (the rest of a stall is
     *                        the thread waiting for a core)
     * @param fxCpuMillis     CPU time of the FX thread while training ran (layout, CSS, charts, tables)
     * @param renderCpuMillis CPU time of JavaFX's render thread meanwhile (drawing; large with software rendering)
     * @param openMillis      from showing the Train step until it was drawn (its first layout; not part of the run)
     * @param trainingSeconds from pressing Start until the model was published
     * @param epochRows       rows of the epoch table at the end
     * @param chartPoints     points in both loss charts at the end
     */
    public record Result(double maxStallMillis, double p99StallMillis, int pings, double maxBusyMillis,
                         double maxFrameGapMillis, double fxCpuMillis, double renderCpuMillis, double openMillis,
                         double trainingSeconds, int epochRows, int chartPoints) {
    }

    private UiStallBenchmark() {
    }

    public static Result run(LoadedDataset data, TrainingPlan plan, Duration timeout) throws InterruptedException {
        try (BenchWindow bench = BenchWindow.open(window -> { })) {
            WorkbenchContext context = bench.window().context();
            WorkbenchSession session = context.session();
            if (!bench.await(() -> session.engineReadyProperty().get(), timeout)) {
                throw new IllegalStateException("The engine was not ready within " + timeout.toSeconds() + " s");
            }
            bench.onFx(() -> {
                session.planProperty().set(plan);
                session.dataProperty().set(data);
                context.pipeline().select(PipelineStep.TRAIN);
                return null;
            });
            double openMillis = bench.awaitFrames(SETTLE_FRAMES);
            FxStallWatchdog watchdog = bench.onFx(() -> FxStallWatchdog.start(PING_INTERVAL_MILLIS));
            long start = System.nanoTime();
            bench.onFx(() -> {
                bench.lookup("#train-start", Button.class).fire();
                return null;
            });
            if (!bench.await(() -> session.modelProperty().get() != null, timeout)) {
                throw new IllegalStateException("Training did not finish within " + timeout.toSeconds() + " s");
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            FxStallWatchdog.Stalls stalls = bench.onFx(watchdog::stop);
            int rows = bench.onFx(() -> bench.lookup("#train-epochs", TableView.class).getItems().size());
            int points = bench.onFx(() -> points(bench.lookup("#train-chart-purchase", LineChart.class))
                    + points(bench.lookup("#train-chart-value", LineChart.class)));
            return new Result(stalls.maxStallMillis(), stalls.p99StallMillis(), stalls.pings(), stalls.maxBusyMillis(),
                    stalls.maxFrameGapMillis(), stalls.fxCpuMillis(), stalls.renderCpuMillis(), openMillis, seconds,
                    rows, points);
        }
    }

    private static int points(LineChart<?, ?> chart) {
        return chart.getData().stream().mapToInt(series -> ((XYChart.Series<?, ?>) series).getData().size()).sum();
    }
}
