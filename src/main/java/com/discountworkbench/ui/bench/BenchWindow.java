package com.discountworkbench.ui.bench;

import com.discountworkbench.data.DataException;
import com.discountworkbench.ui.WorkbenchApplication;
import com.discountworkbench.ui.WorkbenchWindow;
import com.discountworkbench.ui.common.UiSettings;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's main window opened inside the running JVM, the way the desktop app opens it, with settings in a
 * throw-away preferences node so a benchmark never changes the analyst's language or recent files.
 */
final class BenchWindow implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BenchWindow.class);
    private static final long FX_CALL_TIMEOUT_SECONDS = 60;

    private final Preferences settings = Preferences.userRoot().node("com/discountworkbench-bench/" + UUID.randomUUID());
    private Stage stage;
    private WorkbenchWindow window;

    /** Starts JavaFX and opens the window; {@code justOpened} runs on the FX thread right after it is shown. */
    static BenchWindow open(Consumer<WorkbenchWindow> justOpened) {
        startToolkit();
        BenchWindow bench = new BenchWindow();
        bench.onFx(() -> {
            bench.stage = new Stage();
            bench.window = WorkbenchApplication.open(bench.stage, new UiSettings(bench.settings));
            justOpened.accept(bench.window);
            return null;
        });
        return bench;
    }

    private static void startToolkit() {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
            Platform.setImplicitExit(false);
            started.await();
        } catch (UnsupportedOperationException e) {
            throw new DataException("The window benchmarks need a display. Run them under a virtual one, for example"
                    + " 'xvfb-run -a java -jar discount-workbench.jar bench startup'.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while JavaFX started", e);
        }
    }

    WorkbenchWindow window() {
        return window;
    }

    /** The window's node with this CSS selector (e.g. "#train-start"); call on the FX thread. */
    <T extends Node> T lookup(String selector, Class<T> type) {
        return type.cast(stage.getScene().lookup(selector));
    }

    /** Runs {@code call} on the FX thread and waits for its result. */
    <T> T onFx(Callable<T> call) {
        FutureTask<T> task = new FutureTask<>(call);
        Platform.runLater(task);
        try {
            return task.get(FX_CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Failed on the FX thread", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The FX thread did not answer within " + FX_CALL_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the FX thread", e);
        }
    }

    /** Waits until {@code condition}, checked on the FX thread every 20 ms, holds; false after {@code timeout}. */
    boolean await(Supplier<Boolean> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (onFx(condition::get)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /**
     * Waits until the window has drawn {@code count} more frames, so work queued for the FX thread (a screen's first
     * layout and CSS pass) is done; returns how long that took in milliseconds.
     */
    double awaitFrames(int count) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(count);
        long start = System.nanoTime();
        AnimationTimer frames = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drawn.countDown();
            }
        };
        Platform.runLater(frames::start);
        boolean done = drawn.await(FX_CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Platform.runLater(frames::stop);
        if (!done) {
            throw new IllegalStateException("The window drew no frames for " + FX_CALL_TIMEOUT_SECONDS + " s");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    @Override
    public void close() {
        try {
            onFx(() -> {
                stage.close();
                window.context().tasks().shutdown();
                return null;
            });
        } finally {
            Platform.exit();
            try {
                settings.removeNode();
            } catch (BackingStoreException e) {
                LOG.warn("Could not remove the benchmark's settings node", e);
            }
        }
    }
}
