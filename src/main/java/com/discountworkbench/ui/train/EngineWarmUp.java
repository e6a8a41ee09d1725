package com.discountworkbench.ui.train;

import com.discountworkbench.model.dl4j.Nd4jRuntime;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.BackgroundTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the neural-network engine after the window is up: the first start unpacks ND4J's native libraries (seconds),
 * which must not delay the window. Training is enabled when {@code engineReadyProperty()} turns true.
 */
public final class EngineWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(EngineWarmUp.class);

    private EngineWarmUp() {
    }

    /** Starts loading in the background, with a status-bar message; call once, after the window is shown. */
    public static void start(WorkbenchContext context) {
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
