package com.discountworkbench.ui.dialog;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The dialogs view models may show. All texts are already localized by the caller. Methods returning an answer
 * must be called on the UI thread; {@link #showError} and {@link #showInformation} may be called from any thread.
 */
public interface DialogService {

    /** An error: a short message the analyst can act on, with the technical details in an expandable area. */
    void showError(String title, String message, Throwable details);

    void showInformation(String title, String message);

    /** A yes/no question; true for yes. */
    boolean confirm(String title, String message);

    /** @param filters the first one is selected; empty when the dialog was cancelled */
    Optional<Path> showOpenFileDialog(String title, List<FileFilter> filters);

    /** @param suggestedName proposed file name, with its extension */
    Optional<Path> showSaveFileDialog(String title, String suggestedName, List<FileFilter> filters);
}
