package com.discountworkbench.ui.project;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.DataReference;
import com.discountworkbench.io.ProjectFile;
import com.discountworkbench.io.WorkbenchProject;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.data.DataLoading;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.prepare.SessionPublisher;
import com.discountworkbench.ui.prepare.SpecAlignment;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Saves and opens projects for the File menu: answers the {@code MainViewModel}'s save and open requests in the
 * background, puts an opened project's state back into the session and the pipeline, and empties the session
 * when the analyst starts a new project. Has no view of its own; it warns through the dialog service.
 */
public final class ProjectViewModel {
    /** The steps whose results a project restores besides the data and the preparation (which are checked anew). */
    private static final List<PipelineStep> RESTORED_STEPS = List.of(PipelineStep.NETWORK, PipelineStep.TRAIN);

    private final WorkbenchContext context;
    private final WorkbenchSession session;
    private final PipelineViewModel pipeline;
    private final UiLanguage language;
    private final Supplier<NetworkTrainer> networks;

    /** @param networks reads saved networks back; called on a worker thread, only when a project is opened */
    public ProjectViewModel(WorkbenchContext context, Supplier<NetworkTrainer> networks) {
        this.context = context;
        this.session = context.session();
        this.pipeline = context.pipeline();
        this.language = context.language();
        this.networks = networks;
        context.main().requestedProjectSaveProperty().subscribe(file -> {
            if (file != null) {
                save(file);
            }
        });
        context.main().requestedProjectFileProperty().subscribe(file -> {
            if (file != null) {
                open(file);
            }
        });
        pipeline.hasResultsProperty().subscribe((had, has) -> {
            if (had && !has) {
                clearSession();
            }
        });
    }

    /** Writes the current state; the snapshot is taken now, on the FX thread, and written in the background. */
    public void save(Path file) {
        WorkbenchProject project = snapshot(file);
        context.tasks().execute(BackgroundTask.of(language.text("project.saving", file.getFileName()), monitor -> {
            ProjectFile.write(file, project);
            return file;
        }));
    }

    public void open(Path file) {
        context.tasks().execute(BackgroundTask.of(language.text("project.opening", file.getFileName()),
                monitor -> read(file, monitor)).onSuccess(this::restore));
    }

    private WorkbenchProject snapshot(Path file) {
        LoadedDataset loaded = session.dataProperty().get();
        DataReference data = loaded == null ? null
                : DataReference.of(loaded.dataset().source(), session.readOptionsProperty().get(), file);
        List<String> completed = Arrays.stream(PipelineStep.values())
                .filter(step -> pipeline.state(step) == StepState.DONE).map(PipelineStep::name).toList();
        return new WorkbenchProject(data, loaded == null ? Map.of() : loaded.dataset().roles(),
                session.planProperty().get(), session.modelProperty().get(), List.copyOf(session.scenarios()),
                completed);
    }

    private OpenedProject read(Path file, TaskMonitor monitor) throws IOException {
        WorkbenchProject project = ProjectFile.read(file, networks.get());
        DataReference reference = project.data();
        if (reference == null) {
            return new OpenedProject(project, null, null);
        }
        monitor.progress(-1, language.text("project.checkingData"));
        DataReference.Check check = reference.check(file);
        if (check.status() == DataReference.Status.MISSING) {
            return new OpenedProject(project, check, null);
        }
        CsvOptions options = reference.readOptions(Map.of());
        return new OpenedProject(project, check, DataLoading.read(check.file(), options, project.roles(), monitor));
    }

    private void restore(OpenedProject opened) {
        WorkbenchProject project = opened.project();
        pipeline.reset();
        clearSession();
        session.planProperty().set(project.plan());
        session.modelProperty().set(project.model());
        session.scenarios().setAll(project.scenarios());
        boolean changed = opened.check() != null && opened.check().status() == DataReference.Status.CHANGED;
        if (changed) {
            // Marked before the data, so the data's arrival makes them stale: they were made from the old file.
            markRestoredSteps(project);
        }
        if (opened.data() != null) {
            PrepSpec saved = project.plan().preprocessing();
            DataLoading data = opened.data();
            PrepSpec spec = SpecAlignment.fits(saved, data.loaded().dataset()) ? saved : data.spec();
            new SessionPublisher(context).publishData(data.loaded(), data.options(), spec);
        }
        if (!changed) {
            markRestoredSteps(project);
        }
        warnAboutData(opened.check());
    }

    private void markRestoredSteps(WorkbenchProject project) {
        for (PipelineStep step : RESTORED_STEPS) {
            boolean hasResult = step != PipelineStep.TRAIN || project.model() != null;
            if (hasResult && project.completedSteps().contains(step.name())) {
                pipeline.markDone(step);
            }
        }
    }

    private void warnAboutData(DataReference.Check check) {
        if (check == null || check.status() == DataReference.Status.UNCHANGED) {
            return;
        }
        String key = check.status() == DataReference.Status.MISSING ? "project.dataMissing" : "project.dataChanged";
        context.dialogs().showInformation(language.text(key + ".title"), language.text(key, check.file()));
    }

    /** Back to an empty workbench (File → New, or before an opened project is restored). */
    private void clearSession() {
        session.dataProperty().set(null);
        session.readOptionsProperty().set(CsvOptions.detect());
        session.planProperty().set(TrainingPlan.defaults());
        session.modelProperty().set(null);
        session.problemProperty().set(null);
        session.policyProperty().set(null);
        session.scenarios().clear();
    }
}
