package com.discountworkbench.ui.dialog;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX dialogs: alerts owned by the main window, in the window's language and theme, and native file choosers. */
public final class FxDialogService implements DialogService {
    /* A failing render loop could otherwise open a new error dialog every frame; the rest go to the log only. */
    private static final int MAX_OPEN_ERROR_DIALOGS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogService.class);

    private final Supplier<Window> owner;
    private final UiLanguage language;
    private final UiSettings settings;
    private int openErrorDialogs;

    public FxDialogService(Supplier<Window> owner, UiLanguage language, UiSettings settings) {
        this.owner = owner;
        this.language = language;
        this.settings = settings;
    }

    @Override
    public void showError(String title, String message, Throwable details) {
        onFxThread(() -> {
            if (openErrorDialogs >= MAX_OPEN_ERROR_DIALOGS) {
                LOG.error("{}: {} (dialog suppressed, too many open)", title, message, details);
                return;
            }
            Alert alert = alert(Alert.AlertType.ERROR, title, message, okButton());
            if (details != null) {
                TextArea trace = new TextArea(stackTrace(details));
                trace.setEditable(false);
                trace.getStyleClass().add(Styles.ERROR_DETAILS);
                alert.getDialogPane().setExpandableContent(trace);
            }
            openErrorDialogs++;
            alert.setOnHidden(event -> openErrorDialogs--);
            // show(), not showAndWait(): the error may come from a layout pass, where nested event loops are forbidden.
            alert.show();
        });
    }

    @Override
    public void showInformation(String title, String message) {
        onFxThread(() -> alert(Alert.AlertType.INFORMATION, title, message, okButton()).show());
    }

    @Override
    public boolean confirm(String title, String message) {
        ButtonType yes = new ButtonType(language.text("dialog.yes"), ButtonData.YES);
        ButtonType no = new ButtonType(language.text("dialog.no"), ButtonData.NO);
        return alert(Alert.AlertType.CONFIRMATION, title, message, yes, no).showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> showOpenFileDialog(String title, List<FileFilter> filters) {
        File file = chooser(title, filters).showOpenDialog(owner.get());
        return remember(file);
    }

    @Override
    public Optional<Path> showSaveFileDialog(String title, String suggestedName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(suggestedName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, message, buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        DialogStyling.apply(alert, owner.get(), language.get());
        return alert;
    }

    private ButtonType okButton() {
        return new ButtonType(language.text("dialog.ok"), ButtonData.OK_DONE);
    }

    private FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        for (FileFilter filter : filters) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter.description(), filter.globs()));
        }
        settings.lastDirectory().filter(Files::isDirectory).map(Path::toFile).ifPresent(chooser::setInitialDirectory);
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (path.getParent() != null) {
            settings.setLastDirectory(path.getParent());
        }
        return Optional.of(path);
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString();
    }

    private static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }
}
