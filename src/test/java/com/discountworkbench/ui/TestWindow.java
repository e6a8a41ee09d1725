package com.discountworkbench.ui;

import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.main.StepScreens;
import java.util.Locale;
import javafx.stage.Stage;

/**
 * The real workbench window for a TestFX test, in English with throw-away settings, and its clean-up: task
 * threads stopped, settings removed, the JVM's default locale restored (a language switch changes it).
 */
public final class TestWindow implements AutoCloseable {
    private final Locale defaultLocale = Locale.getDefault();
    private final TestSettings settings = new TestSettings();
    private WorkbenchWindow window;

    /** Call from the test's {@code @Start} method. */
    public WorkbenchWindow open(Stage stage, StepScreens screens) {
        settings.settings().setLanguage(Locale.ENGLISH);
        window = new WorkbenchWindow(stage, settings.settings(), screens);
        window.show();
        return window;
    }

    /** The window's settings, to check what it saved. */
    public UiSettings settings() {
        return settings.settings();
    }

    @Override
    public void close() throws Exception {
        window.context().tasks().shutdown();
        settings.close();
        Locale.setDefault(defaultLocale);
    }
}
