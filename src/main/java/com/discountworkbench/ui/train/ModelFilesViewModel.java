package com.discountworkbench.ui.train;

import com.discountworkbench.io.ModelFile;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.ui.dialog.FileFilter;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.BackgroundTask;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;

/** Saving the session's model to a model file and reading one back, both in the background. */
public final class ModelFilesViewModel {
    private final WorkbenchContext context;
    private final UiLanguage language;
    private final TrainingRunViewModel run;
    private final BooleanBinding canSave;
    private final BooleanBinding canOpen;

    ModelFilesViewModel(WorkbenchContext context, TrainingRunViewModel run, ObservableBooleanValue training) {
        this.context = context;
        this.language = context.language();
        this.run = run;
        this.canSave = context.session().modelProperty().isNotNull().and(Bindings.not(training));
        this.canOpen = context.session().engineReadyProperty().and(Bindings.not(training));
    }

    public BooleanBinding canSave() {
        return canSave;
    }

    /** Reading a model needs the engine, and must not replace a model while one is being trained. */
    public BooleanBinding canOpen() {
        return canOpen;
    }

    public void save() {
        DiscountModel model = context.session().modelProperty().get();
        if (!canSave.get()) {
            return;
        }
        String suggested = language.text("train.file.defaultName") + ModelFile.EXTENSION;
        context.dialogs().showSaveFileDialog(language.text("train.file.saveTitle"), suggested, List.of(modelFiles()))
                .map(this::withExtension)
                .ifPresent(file -> context.tasks().execute(BackgroundTask.of(language.text("train.file.saving"),
                                monitor -> {
                                    ModelFile.write(file, model);
                                    return file;
                                })
                        .onSuccess(saved -> run.log(language.text("train.log.saved", saved)))));
    }

    public void open() {
        if (!canOpen.get()) {
            return;
        }
        context.dialogs().showOpenFileDialog(language.text("train.file.openTitle"), List.of(modelFiles()))
                .ifPresent(file -> context.tasks().execute(BackgroundTask.of(language.text("train.file.reading"),
                                monitor -> ModelFile.read(file, new Dl4jTrainer()))
                        .onSuccess(model -> {
                            context.session().modelProperty().set(model);
                            context.pipeline().markDone(PipelineStep.TRAIN);
                            run.log(language.text("train.log.opened", file));
                        })));
    }

    private FileFilter modelFiles() {
        return FileFilter.of(language.text("train.file.filter"), ModelFile.EXTENSION.substring(1));
    }

    /** "model" typed in the save dialog becomes "model.dwm", so the file shows up when opening models later. */
    private Path withExtension(Path file) {
        return modelFiles().accepts(file) ? file : file.resolveSibling(file.getFileName() + ModelFile.EXTENSION);
    }
}
