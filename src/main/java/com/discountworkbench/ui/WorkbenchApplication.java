package com.discountworkbench.ui;

import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.train.EngineWarmUp;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop application: one {@link WorkbenchWindow}. Started by {@code Launcher} when the jar runs without arguments. */
public final class WorkbenchApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchApplication.class);

    private WorkbenchWindow window;

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = open(stage, UiSettings.user());
        // Launcher passes a project file when the desktop opens one (file association); open it like File → Open.
        getParameters().getRaw().stream().findFirst().map(Path::of).ifPresent(window.context().main()::openProjectFile);
        // The goal is a window within 3 s of launch; the log line makes a slow start visible.
        LOG.info("Main window shown {} ms after JVM start", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /**
     * Shows the main window on {@code stage}, then loads the neural-network engine in the background so the window
     * never waits for it. Call on the FX thread; the start-up benchmark opens the window the same way.
     */
    public static WorkbenchWindow open(Stage stage, UiSettings settings) {
        WorkbenchWindow window = new WorkbenchWindow(stage, settings, WorkbenchScreens.create());
        window.installErrorHandler();
        window.show();
        EngineWarmUp.startAfterFirstFrames(window.context());
        return window;
    }

    @Override
    public void stop() {
        if (window != null) {
            window.context().tasks().shutdown();
        }
    }
}
