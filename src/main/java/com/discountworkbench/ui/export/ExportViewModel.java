package com.discountworkbench.ui.export;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.ChartWriter;
import com.discountworkbench.io.PolicyExport;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.Simulator;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.policy.WhatIfSweeps;
import com.discountworkbench.ui.dialog.FileFilter;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.simulate.Figures;
import com.discountworkbench.ui.task.BackgroundTask;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The Export step: writes the policy the Simulate step published — CSV, manifest and model file, in the background
 * after a save dialog — saves the Simulate charts as PNG, and opens the folder they went to.
 */
public final class ExportViewModel {
    private final WorkbenchContext context;
    private final FolderOpener folders;
    private final ExportOptionsViewModel options = new ExportOptionsViewModel();
    private final ObjectProperty<ExportChart> chart = new SimpleObjectProperty<>(this, "chart", ExportChart.DISTRIBUTION);
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome", "");
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final BooleanBinding hasPolicy;

    public ExportViewModel(WorkbenchContext context, FolderOpener folders) {
        this.context = context;
        this.folders = folders;
        this.hasPolicy = context.session().policyProperty().isNotNull();
    }

    public ExportOptionsViewModel options() { return options; }

    public BooleanBinding hasPolicy() { return hasPolicy; }

    public BooleanBinding canWrite() {
        return hasPolicy.and(options.formatValid()).and(writing.not());
    }

    /** "20,000 customers · expected profit 116,758 · …" for the policy to be written, in the window's language. */
    public StringBinding policySummary() {
        return Bindings.createStringBinding(() -> {
            PolicyResult policy = context.session().policyProperty().get();
            return policy == null ? text("export.noPolicy") : describe(policy);
        }, context.session().policyProperty(), context.language().property());
    }

    public ObjectProperty<ExportChart> chartProperty() { return chart; }

    public ReadOnlyBooleanProperty writingProperty() { return writing.getReadOnlyProperty(); }

    /** What the last write produced, or why it failed. */
    public ReadOnlyStringProperty outcomeProperty() { return outcome.getReadOnlyProperty(); }

    /** The folder of the last file written; null before the first. */
    public ReadOnlyObjectProperty<Path> folderProperty() { return folder.getReadOnlyProperty(); }

    /** Asks where to save, then writes the policy, its manifest and the model file in the background. */
    public void writePolicy() {
        PolicyResult policy = context.session().policyProperty().get();
        DiscountModel model = context.session().modelProperty().get();
        LoadedDataset data = context.session().dataProperty().get();
        if (policy == null || model == null || data == null) {
            return;
        }
        String extension = options.extension();
        Optional<Path> target = context.dialogs().showSaveFileDialog(text("export.write.title"),
                text("export.defaultName") + "." + extension,
                List.of(FileFilter.of(text("filter.data"), extension)));
        if (target.isEmpty()) {
            return;
        }
        PolicyExport.Options chosen = options.options();
        start(BackgroundTask.of(text("export.task.write"), monitor -> PolicyExport.write(target.get(), policy,
                PolicyCustomers.of(model, data.dataset()).ids(), data.dataset().source(), model, null, chosen, monitor))
                .onSuccess(written -> {
                    finish(written.policy());
                    outcome.set(text("export.written", written.policy().getFileName(),
                            context.language().formats().integer(written.customers()),
                            context.language().formats().integer(written.controlCustomers()),
                            written.manifest().getFileName(), written.modelFile().getFileName()));
                    context.pipeline().markDone(PipelineStep.EXPORT);
                }));
    }

    /** Asks where to save, then draws the chosen Simulate chart as a PNG in the background. */
    public void saveChart() {
        PolicyResult policy = context.session().policyProperty().get();
        if (policy == null) {
            return;
        }
        ExportChart which = chart.get();
        Optional<Path> target = context.dialogs().showSaveFileDialog(text("export.chart.title"),
                which.suggestedFileName(), List.of(FileFilter.of(text("export.filter.png"), "png")));
        if (target.isEmpty()) {
            return;
        }
        start(BackgroundTask.of(text("export.task.chart"), monitor -> {
            if (which == ExportChart.DISTRIBUTION) {
                ChartWriter.writeDistribution(policy.summary(), target.get());
            } else {
                WhatIfSweeps sweeps = WhatIfSweeps.of(new Simulator(), policy.problem(), policy.constraints(), monitor);
                ChartWriter.writeSweep(which == ExportChart.PROFIT_VS_BUDGET ? sweeps.budget() : sweeps.minMargin(),
                        target.get());
            }
            return target.get();
        }).onSuccess(png -> {
            finish(png);
            outcome.set(text("export.chart.saved", png.getFileName()));
        }));
    }

    /** Shows the last folder written to in the file manager, or its path when the system cannot. */
    public void openFolder() {
        Path shown = folder.get();
        if (shown == null) {
            return;
        }
        context.tasks().execute(BackgroundTask.of(text("export.task.openFolder"), monitor -> folders.open(shown))
                .onSuccess(opened -> {
                    if (!opened) {
                        context.dialogs().showInformation(text("export.folder.title"), text("export.folder.manual",
                                shown));
                    }
                }));
    }

    private <T> void start(BackgroundTask<T> task) {
        writing.set(true);
        outcome.set("");
        context.tasks().execute(task.onFailure(failure -> {
            writing.set(false);
            outcome.set(text("export.failed", failure.getMessage()));
            context.dialogs().showError(text("export.failed.title"), failure.getMessage(), failure);
        }).onCancelled(() -> writing.set(false)));
    }

    private void finish(Path written) {
        writing.set(false);
        Path parent = written.toAbsolutePath().getParent();
        folder.set(parent);
    }

    private String describe(PolicyResult policy) {
        Formats f = context.language().formats();
        Totals totals = policy.summary().totals();
        List<String> limits = new ArrayList<>();
        PolicyConstraints constraints = policy.constraints();
        if (constraints.maxDiscount() != null) {
            limits.add(text("export.limit.maxDiscount", Figures.rate(f, constraints.maxDiscount())));
        }
        if (constraints.minMargin() != null) {
            limits.add(text("export.limit.minMargin", Figures.rate(f, constraints.minMargin())));
        }
        if (constraints.budget() != null) {
            limits.add(text("export.limit.budget", Figures.money(f, constraints.budget())));
        }
        String limitText = limits.isEmpty() ? text("export.limit.none") : String.join(text("list.separator"), limits);
        return text("export.summary", f.integer(totals.customers()), Figures.money(f, totals.profit()),
                Figures.signedMoney(f, policy.summary().incrementalProfitVsNoDiscount()), limitText);
    }

    private String text(String key, Object... args) {
        return context.language().text(key, args);
    }
}
