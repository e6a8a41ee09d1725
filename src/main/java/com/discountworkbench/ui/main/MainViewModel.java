package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.dialog.DialogService;
import com.discountworkbench.ui.dialog.FileFilter;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The window's actions: the File menu, drag and drop, language, quitting. Opening files only records a request
 * ({@link #requestedDataFileProperty()}, {@link #requestedProjectFileProperty()}, {@link #requestedProjectSaveProperty()});
 * the screen that owns the work listens and does it in the background. A request for the same file as before
 * fires again: listeners see {@code null} first, then the file, and ignore the {@code null}.
 */
public final class MainViewModel {
    public static final String PROJECT_EXTENSION = "dwb";

    private final PipelineViewModel pipeline;
    private final DialogService dialogs;
    private final UiLanguage language;
    private final UiSettings settings;
    private final JobStatus jobs;
    private final ObjectProperty<Path> requestedDataFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> requestedProjectFile = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> requestedProjectSave = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Path> projectFile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();
    // One wrapper for everybody: a wrapper observes its list weakly, so a fresh one per call could be collected.
    private final ObservableList<Path> recentFilesView = FXCollections.unmodifiableObservableList(recentFiles);

    public MainViewModel(PipelineViewModel pipeline, DialogService dialogs, UiLanguage language, UiSettings settings,
            JobStatus jobs) {
        this.pipeline = pipeline;
        this.dialogs = dialogs;
        this.language = language;
        this.settings = settings;
        this.jobs = jobs;
        recentFiles.setAll(settings.recentFiles());
    }

    public PipelineViewModel pipeline() {
        return pipeline;
    }

    public JobStatus jobs() {
        return jobs;
    }

    public UiLanguage language() {
        return language;
    }

    /** The CSV file the analyst asked to load (menu, recent list, drag and drop); the Data screen loads it. */
    public ObjectProperty<Path> requestedDataFileProperty() {
        return requestedDataFile;
    }

    /** The project file the analyst asked to open. */
    public ObjectProperty<Path> requestedProjectFileProperty() {
        return requestedProjectFile;
    }

    /** Where the analyst asked to save the project. */
    public ObjectProperty<Path> requestedProjectSaveProperty() {
        return requestedProjectSave;
    }

    /** The project file the window works on, or null for a new project. */
    public ReadOnlyObjectProperty<Path> projectFileProperty() {
        return projectFile.getReadOnlyProperty();
    }

    /** Most recent first; data files and projects together. */
    public ObservableList<Path> recentFiles() {
        return recentFilesView;
    }

    public StringBinding windowTitle() {
        return Bindings.createStringBinding(() -> projectFile.get() == null
                ? language.text("app.title")
                : language.text("app.titleWithProject", projectFile.get().getFileName()),
                projectFile, language.property());
    }

    /** Saving makes sense once some step has results. */
    public ReadOnlyBooleanProperty canSave() {
        return pipeline.hasResultsProperty();
    }

    /** The Export menu item leads to the Export step, which needs a simulated policy first. */
    public BooleanBinding canExport() {
        return pipeline.stateProperty(PipelineStep.EXPORT).isNotEqualTo(StepState.BLOCKED);
    }

    public void newProject() {
        boolean hasWork = pipeline.hasResultsProperty().get() || requestedDataFile.get() != null;
        if (hasWork && !dialogs.confirm(language.text("dialog.new.title"), language.text("dialog.new.message"))) {
            return;
        }
        pipeline.reset();
        requestedDataFile.set(null);
        projectFile.set(null);
    }

    public void importCsv() {
        dialogs.showOpenFileDialog(language.text("dialog.importCsv.title"), List.of(dataFiles()))
                .ifPresent(this::requestDataFile);
    }

    public void openProject() {
        dialogs.showOpenFileDialog(language.text("dialog.openProject.title"), List.of(projectFiles()))
                .ifPresent(this::openProjectFile);
    }

    public void saveProject() {
        if (projectFile.get() == null) {
            saveProjectAs();
        } else {
            request(requestedProjectSave, projectFile.get());
        }
    }

    public void saveProjectAs() {
        String suggested = language.text("project.defaultName") + "." + PROJECT_EXTENSION;
        dialogs.showSaveFileDialog(language.text("dialog.saveProject.title"), suggested, List.of(projectFiles()))
                .ifPresent(file -> {
                    projectFile.set(file);
                    remember(file);
                    request(requestedProjectSave, file);
                });
    }

    public void goToExport() {
        pipeline.select(PipelineStep.EXPORT);
    }

    /** Loads a data file: shows the Data step and asks it to load the file. */
    public void requestDataFile(Path file) {
        if (ensureExists(file)) {
            remember(file);
            request(requestedDataFile, file);
            pipeline.select(PipelineStep.DATA);
        }
    }

    public void openProjectFile(Path file) {
        if (ensureExists(file)) {
            remember(file);
            projectFile.set(file);
            request(requestedProjectFile, file);
        }
    }

    public void openRecent(Path file) {
        if (dataFiles().accepts(file)) {
            requestDataFile(file);
        } else {
            openProjectFile(file);
        }
    }

    public void clearRecentFiles() {
        recentFiles.clear();
        settings.setRecentFiles(recentFiles);
    }

    /** Whether a drag carries a file the window can load, so the cursor can say yes or no. */
    public boolean acceptsDrop(List<Path> files) {
        return firstDataFile(files).isPresent();
    }

    /** Loads the first data file among the dropped ones; false when there was none. */
    public boolean drop(List<Path> files) {
        Optional<Path> file = firstDataFile(files);
        file.ifPresent(this::requestDataFile);
        return file.isPresent();
    }

    public void switchLanguage(Locale locale) {
        language.switchTo(locale);
        settings.setLanguage(language.get().locale());
    }

    /** Asks before stopping running jobs; true when the window may close. Running jobs are cancelled. */
    public boolean prepareToQuit() {
        if (jobs.isBusy()) {
            if (!dialogs.confirm(language.text("dialog.quit.title"), language.text("dialog.quit.message"))) {
                return false;
            }
            jobs.cancelAll();
        }
        return true;
    }

    private FileFilter dataFiles() {
        return FileFilter.of(language.text("filter.data"), "csv", "tsv", "txt");
    }

    private FileFilter projectFiles() {
        return FileFilter.of(language.text("filter.project"), PROJECT_EXTENSION);
    }

    private Optional<Path> firstDataFile(List<Path> files) {
        return files.stream().filter(dataFiles()::accepts).filter(Files::isRegularFile).findFirst();
    }

    private boolean ensureExists(Path file) {
        if (Files.isRegularFile(file)) {
            return true;
        }
        recentFiles.remove(file);
        settings.setRecentFiles(recentFiles);
        dialogs.showError(language.text("error.fileMissing.title"), language.text("error.fileMissing", file), null);
        return false;
    }

    private void remember(Path file) {
        Path absolute = file.toAbsolutePath();
        recentFiles.remove(absolute);
        recentFiles.add(0, absolute);
        if (recentFiles.size() > UiSettings.MAX_RECENT_FILES) {
            recentFiles.remove(UiSettings.MAX_RECENT_FILES, recentFiles.size());
        }
        settings.setRecentFiles(recentFiles);
    }

    private static void request(ObjectProperty<Path> request, Path file) {
        request.set(null);
        request.set(file);
    }
}
