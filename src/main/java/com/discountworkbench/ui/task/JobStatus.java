package com.discountworkbench.ui.task;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The status bar's view model: which background job is running, how far it is, and a way to cancel it. When
 * several jobs run, the most recently started one is shown. Only touched on the UI thread; executors post to it.
 */
public final class JobStatus {
    private final List<TaskRun<?>> running = new ArrayList<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();

    void started(TaskRun<?> run) {
        running.add(run);
        show();
    }

    void progressed(TaskRun<?> run) {
        if (current() == run) {
            show();
        }
    }

    void finished(TaskRun<?> run) {
        running.remove(run);
        show();
    }

    /** Cancels the job the status bar shows. */
    public void cancelCurrent() {
        TaskRun<?> current = current();
        if (current != null) {
            current.cancel();
            show();
        }
    }

    /** Cancels every running job, e.g. before the window closes. */
    public void cancelAll() {
        running.forEach(TaskRun::cancel);
        show();
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True after Cancel until the job actually stops. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** 0..1, or -1 while the job has not said how much work there is (an indeterminate bar). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    private TaskRun<?> current() {
        return running.isEmpty() ? null : running.get(running.size() - 1);
    }

    private void show() {
        TaskRun<?> current = current();
        busy.set(current != null);
        cancelling.set(current != null && current.isCancelled());
        title.set(current == null ? "" : current.title());
        message.set(current == null ? "" : current.latestMessage());
        progress.set(current == null ? 0 : current.latestFraction());
    }
}
