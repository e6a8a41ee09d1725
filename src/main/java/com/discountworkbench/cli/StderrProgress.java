package com.discountworkbench.cli;

import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows a long command's progress on standard error, one line per 5 % step with what is being done, so a run over
 * a large file shows it is alive without flooding a log; standard output stays clean for results. A fraction that
 * falls back starts a new phase (reading the file, then fitting a budget, then writing). Never cancelled (Ctrl+C
 * ends the process, and outputs are written atomically).
 */
final class StderrProgress implements TaskMonitor {
    private static final int STEPS = 20;

    private final PrintWriter err;
    private final String label;
    private int printedStep = -1;

    /** @param label what is being done, e.g. "scoring customers.csv" */
    StderrProgress(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void progress(double fraction, String message) {
        if (fraction < 0) {
            return;
        }
        int step = (int) Math.floor(Math.min(1, fraction) * STEPS);
        if (step < printedStep) {
            printedStep = -1;
        }
        if (step > printedStep) {
            printedStep = step;
            err.printf(Locale.ROOT, "%s: %d %% (%s)%n", label, step * 100 / STEPS, message);
            err.flush();
        }
    }

    @Override
    public boolean isCancelled() {
        return false;
    }
}
