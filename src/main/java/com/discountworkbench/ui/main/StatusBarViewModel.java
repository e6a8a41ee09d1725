package com.discountworkbench.ui.main;

import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.JobStatus;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;

/** What the status bar says: "Ready", or the running job with its latest message, and whether it can be cancelled. */
public final class StatusBarViewModel {
    private final JobStatus jobs;
    private final UiLanguage language;

    public StatusBarViewModel(JobStatus jobs, UiLanguage language) {
        this.jobs = jobs;
        this.language = language;
    }

    public StringBinding text() {
        return Bindings.createStringBinding(this::describe, jobs.busyProperty(), jobs.cancellingProperty(),
                jobs.titleProperty(), jobs.messageProperty(), language.property());
    }

    public ReadOnlyBooleanProperty busy() {
        return jobs.busyProperty();
    }

    /** 0..1, or -1 for a job of unknown length (the progress bar's indeterminate value). */
    public ReadOnlyDoubleProperty progress() {
        return jobs.progressProperty();
    }

    public BooleanBinding canCancel() {
        return jobs.busyProperty().and(jobs.cancellingProperty().not());
    }

    public void cancel() {
        jobs.cancelCurrent();
    }

    private String describe() {
        if (!jobs.isBusy()) {
            return language.text("status.ready");
        }
        String title = jobs.titleProperty().get();
        if (jobs.cancellingProperty().get()) {
            return language.text("status.cancelling", title);
        }
        String message = jobs.messageProperty().get();
        return message.isEmpty() ? title : language.text("status.jobWithMessage", title, message);
    }
}
