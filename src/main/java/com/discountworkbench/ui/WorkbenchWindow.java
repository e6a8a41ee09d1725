package com.discountworkbench.ui;

import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.ui.common.Icons;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.dialog.FxDialogService;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.MainView;
import com.discountworkbench.ui.main.MainViewModel;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.StepScreens;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.project.ProjectViewModel;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.FxTaskExecutor;
import com.discountworkbench.ui.task.JobStatus;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;

/**
 * The main window and the composition root: creates the services and view models once, builds the content for
 * the current language, rebuilds it on a language switch, and asks before closing while jobs run.
 */
public final class WorkbenchWindow {
    private static final int WORKER_THREADS = 2;

    private final Stage stage;
    private final StepScreens screens;
    private final WorkbenchContext context;
    private final UncaughtErrorHandler errors;
    private final ProjectViewModel projects;
    private MainView view;

    public WorkbenchWindow(Stage stage, UiSettings settings, StepScreens screens) {
        this.stage = stage;
        this.screens = screens;
        UiLanguage language = new UiLanguage(Localization.of(settings.language().orElse(Locale.getDefault())));
        FxDialogService dialogs = new FxDialogService(() -> stage, language, settings);
        this.errors = new UncaughtErrorHandler(dialogs, language);
        JobStatus jobs = new JobStatus();
        MainViewModel main = new MainViewModel(new PipelineViewModel(), dialogs, language, settings, jobs);
        this.context = new WorkbenchContext(main, new FxTaskExecutor(jobs, errors::report, WORKER_THREADS), dialogs, settings,
                new WorkbenchSession());
        // A constructor reference, so DeepLearning4J loads only when a project is opened.
        this.projects = new ProjectViewModel(context, Dl4jTrainer::new);
    }

    public WorkbenchContext context() {
        return context;
    }

    /** Saves and opens project files for the File menu. */
    public ProjectViewModel projects() {
        return projects;
    }

    /** Routes every uncaught exception to an error dialog; call on the FX thread. */
    public void installErrorHandler() {
        errors.install();
    }

    public void show() {
        applyDefaultLocale(context.language().get());
        view = new MainView(context, screens, context.language().get(), this::quit);
        Scene scene = new Scene(view.root(), 1180, 760);
        scene.getStylesheets().add(Styles.stylesheet());
        scene.setOnDragOver(this::dragOver);
        scene.setOnDragExited(event -> scene.getRoot().getStyleClass().remove(Styles.DROP_ACTIVE));
        scene.setOnDragDropped(this::dragDropped);
        stage.setScene(scene);
        stage.titleProperty().bind(context.main().windowTitle());
        stage.getIcons().setAll(Icons.windowIcons());
        stage.setMinWidth(820);
        stage.setMinHeight(540);
        stage.setOnCloseRequest(event -> {
            if (!context.main().prepareToQuit()) {
                event.consume();
            }
        });
        // Later, so a language chosen from the menu rebuilds the menu bar after its own event has finished.
        context.language().property().subscribe((old, localization) -> Platform.runLater(() -> rebuild(localization)));
        stage.show();
    }

    private void rebuild(Localization localization) {
        applyDefaultLocale(localization);
        view.dispose();
        view = new MainView(context, screens, localization, this::quit);
        stage.getScene().setRoot(view.root());
    }

    /** JavaFX's own texts (text-field context menus, "Show details" in dialogs) follow the default locale. */
    private static void applyDefaultLocale(Localization localization) {
        Locale.setDefault(localization.locale());
    }

    private void quit() {
        if (context.main().prepareToQuit()) {
            stage.close();
        }
    }

    private void dragOver(DragEvent event) {
        if (event.getDragboard().hasFiles() && context.main().acceptsDrop(paths(event.getDragboard().getFiles()))) {
            event.acceptTransferModes(TransferMode.COPY);
            if (!stage.getScene().getRoot().getStyleClass().contains(Styles.DROP_ACTIVE)) {
                stage.getScene().getRoot().getStyleClass().add(Styles.DROP_ACTIVE);
            }
        }
        event.consume();
    }

    private void dragDropped(DragEvent event) {
        boolean loaded = event.getDragboard().hasFiles() && context.main().drop(paths(event.getDragboard().getFiles()));
        event.setDropCompleted(loaded);
        event.consume();
    }

    private static List<Path> paths(List<File> files) {
        return files.stream().map(File::toPath).toList();
    }
}
