package com.discountworkbench.ui.dialog;

import com.discountworkbench.data.DataException;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.ui.i18n.UiLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last line of defence: any exception nobody caught, on the FX thread or elsewhere, is logged and shown as an
 * error dialog instead of a stack trace on the console or a dead window. Also the default failure handler of the
 * task executor.
 */
public final class UncaughtErrorHandler implements Thread.UncaughtExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrorHandler.class);

    private final DialogService dialogs;
    private final UiLanguage language;

    public UncaughtErrorHandler(DialogService dialogs, UiLanguage language) {
        this.dialogs = dialogs;
        this.language = language;
    }

    /** Installs this handler for every thread; call it on the FX thread so that thread's own handler is replaced too. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable failure) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), failure);
        report(failure);
    }

    /** Shows a failure to the analyst. Cancellation is the analyst's own choice, not an error. */
    public void report(Throwable failure) {
        if (failure instanceof CancelledException) {
            return;
        }
        try {
            dialogs.showError(language.text("error.title"), messageFor(failure), failure);
        } catch (RuntimeException dialogFailure) {
            LOG.error("Could not show the error dialog", dialogFailure);
        }
    }

    /** Input problems carry a message written for the analyst, even when wrapped; anything else is our fault and says so. */
    String messageFor(Throwable failure) {
        Throwable root = failure;
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataException) {
                return cause.getMessage();
            }
            root = cause;
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return language.text("error.unexpected", what);
    }
}
