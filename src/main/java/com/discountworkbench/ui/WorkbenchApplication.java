package com.discountworkbench.ui;

import com.discountworkbench.ui.common.UiSettings;
import javafx.application.Application;
import javafx.stage.Stage;

/** The desktop application: one {@link WorkbenchWindow}. Started by {@code Launcher} when the jar runs without arguments. */
public final class WorkbenchApplication extends Application {
    private WorkbenchWindow window;

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        window = new WorkbenchWindow(stage, UiSettings.user(), WorkbenchScreens.create());
        window.installErrorHandler();
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.context().tasks().shutdown();
        }
    }
}
