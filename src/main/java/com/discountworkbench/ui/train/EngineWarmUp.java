package com.discountworkbench.ui.train;

import com.discountworkbench.model.dl4j.Nd4jRuntime;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.BackgroundTask;
import java.time.Duration;
import javafx.animation.AnimationTimer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the neural-network engine after the window is up: the first start unpacks ND4J's native libraries (seconds),
 * which must not delay the window. Training is enabled when {@code engineReadyProperty()} turns true.
 */
public final class EngineWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);
    /** The first frame is the window's first layout; the second shows it is on screen. */
    private static final int FRAMES_BEFORE_LOADING = 2;

    private EngineWarmUp() {
    }

    /**
     * Starts loading in the background, with a status-bar message, once the window has drawn its first frames: the
     * loading keeps a core busy for seconds and would otherwise compete with the window's first layout. Call once, on
     * the FX thread, after the window is shown.
     */
    public static void startAfterFirstFrames(WorkbenchContext context) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames == FRAMES_BEFORE_LOADING) {
                    stop();
                    load(context);
                }
            }
        }.start();
    }

    private static void load(WorkbenchContext context) {
        context.tasks().execute(BackgroundTask.of(context.language().text("train.engine.loading"),
                        monitor -> Nd4jRuntime.warmUp())
                .onSuccess(took -> ready(context, took))
                // The loading itself cannot be interrupted; a cancelled warm-up has still loaded the engine.
                .onCancelled(() -> ready(context, null)));
    }

    private static void ready(WorkbenchContext context, Duration took) {
        if (took != null) {
            LOG.info("Neural network engine ready {} ms after it started loading", took.toMillis());
        }
        context.session().engineReadyProperty().set(true);
    }
}
