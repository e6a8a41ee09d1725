package com.discountworkbench;

import com.discountworkbench.cli.WorkbenchCommand;
import com.discountworkbench.ui.WorkbenchApplication;

/**
 * Entry point of the jar. Not a JavaFX {@code Application}, so the same jar runs from the class path
 * both as the desktop app (no arguments) and as the headless command line (any argument).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            WorkbenchApplication.launchApp(args);
        } else {
            // Charts are drawn with XChart (Swing) into images; without a display AWT must not look for one.
            System.setProperty("java.awt.headless", "true");
            System.exit(WorkbenchCommand.run(args));
        }
    }
}
