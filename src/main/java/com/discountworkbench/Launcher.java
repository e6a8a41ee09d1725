package com.discountworkbench;

import com.discountworkbench.cli.WorkbenchCommand;
import com.discountworkbench.ui.WorkbenchApplication;
import java.util.Locale;

/**
 * Entry point of the jar. Not a JavaFX {@code Application}, so the same jar runs from the class path
 * both as the desktop app (no arguments, or a project file) and as the headless command line (anything else).
 */
public final class Launcher {
    /** Project files; the installers associate this extension with the app, so the desktop passes such a file. */
    static final String PROJECT_EXTENSION = ".dwb";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (opensWindow(args)) {
            WorkbenchApplication.launchApp(args);
        } else {
            // Charts are drawn with XChart (Swing) into images; without a display AWT must not look for one.
            System.setProperty("java.awt.headless", "true");
            System.exit(WorkbenchCommand.run(args));
        }
    }

    /** No arguments, or one project file as a double-click in the file manager passes it. */
    static boolean opensWindow(String[] args) {
        return args.length == 0
                || args.length == 1 && args[0].toLowerCase(Locale.ROOT).endsWith(PROJECT_EXTENSION);
    }
}
