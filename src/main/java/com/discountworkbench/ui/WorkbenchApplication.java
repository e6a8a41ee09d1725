package com.discountworkbench.ui;

import com.discountworkbench.ui.common.UiSettings;
import java.lang.management.ManagementFactory;
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
        window = new WorkbenchWindow(stage, UiSettings.user(), WorkbenchScreens.create());
        window.installErrorHandler();
        window.show();
        // The goal is a window within 3 s of launch; the log line makes a slow start visible.
        LOG.info("Main window shown {} ms after JVM start", ManagementFactory.getRuntimeMXBean().getUptime());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.context().tasks().shutdown();
        }
    }
}
