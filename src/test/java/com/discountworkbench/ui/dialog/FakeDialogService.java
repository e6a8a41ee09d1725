package com.discountworkbench.ui.dialog;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for view-model tests: records what was shown and answers from a script. */
public final class FakeDialogService implements DialogService {

    /** One dialog that was shown. */
    public record Shown(String kind, String title, String message, Throwable details) {
    }

    private final List<Shown> shown = new ArrayList<>();
    private final Deque<Boolean> confirmAnswers = new ArrayDeque<>();
    private final Deque<Optional<Path>> fileAnswers = new ArrayDeque<>();
    private final List<List<FileFilter>> fileFilters = new ArrayList<>();
    private RuntimeException errorDialogFailure;

    /** Makes every later {@link #showError} throw, like a dialog without a window would. */
    public FakeDialogService failErrorDialogsWith(RuntimeException failure) {
        errorDialogFailure = failure;
        return this;
    }

    public FakeDialogService answerConfirm(boolean yes) {
        confirmAnswers.add(yes);
        return this;
    }

    public FakeDialogService answerFile(Path file) {
        fileAnswers.add(Optional.ofNullable(file));
        return this;
    }

    public List<Shown> shown() {
        return shown;
    }

    public List<Shown> errors() {
        return shown.stream().filter(dialog -> dialog.kind().equals("error")).toList();
    }

    /** The filters offered by each file dialog, in order. */
    public List<List<FileFilter>> fileFilters() {
        return fileFilters;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        if (errorDialogFailure != null) {
            throw errorDialogFailure;
        }
        shown.add(new Shown("error", title, message, details));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message, null));
    }

    @Override
    public boolean confirm(String title, String message) {
        shown.add(new Shown("confirm", title, message, null));
        if (confirmAnswers.isEmpty()) {
            throw new IllegalStateException("Unexpected question: " + message);
        }
        return confirmAnswers.poll();
    }

    @Override
    public Optional<Path> showOpenFileDialog(String title, List<FileFilter> filters) {
        return answerFileDialog("open", title, filters);
    }

    @Override
    public Optional<Path> showSaveFileDialog(String title, String suggestedName, List<FileFilter> filters) {
        return answerFileDialog("save", title, filters);
    }

    private Optional<Path> answerFileDialog(String kind, String title, List<FileFilter> filters) {
        shown.add(new Shown(kind, title, null, null));
        fileFilters.add(filters);
        if (fileAnswers.isEmpty()) {
            throw new IllegalStateException("Unexpected file dialog: " + title);
        }
        return fileAnswers.poll();
    }
}
