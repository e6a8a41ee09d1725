package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.ui.common.RowIndexList;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskHandle;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Prepare step: the preprocessing choices of the session's plan as one editable row per column, published back
 * on every edit; whether they can be trained on; and, in the background, the feature matrix they make from the
 * first rows. Choices made elsewhere (a role changed on the Data step, an opened project) are shown in place.
 */
public final class PrepareStepViewModel {
    private final WorkbenchContext context;
    private final UiLanguage language;
    private final SessionPublisher publisher;
    private final UncaughtErrorHandler errors;
    private final ObservableList<PrepRow> rows = FXCollections.observableArrayList();
    private final TargetOptionsViewModel targets = new TargetOptionsViewModel(this::targetsEdited);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<FeaturePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> previewRows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper previewing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper hasData = new ReadOnlyBooleanWrapper();
    private Dataset shownData;
    private PrepSpec shownSpec;
    private TaskHandle previewTask;
    private int previews;

    public PrepareStepViewModel(WorkbenchContext context) {
        this.context = context;
        this.language = context.language();
        this.publisher = new SessionPublisher(context);
        this.errors = new UncaughtErrorHandler(context.dialogs(), language);
        context.session().dataProperty().subscribe(loaded -> sync());
        context.session().planProperty().subscribe(plan -> sync());
    }

    public ObservableList<PrepRow> rows() { return rows; }

    public TargetOptionsViewModel targets() { return targets; }

    /** Why the choices cannot be trained on, for the analyst; empty when they can. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }

    /** The feature matrix of the first rows; null before the first preview or when the choices do not fit. */
    public ReadOnlyObjectProperty<FeaturePreview> previewProperty() { return preview.getReadOnlyProperty(); }

    /** One lightweight item per preview row. */
    public ReadOnlyObjectProperty<ObservableList<Integer>> previewRowsProperty() {
        return previewRows.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty previewingProperty() { return previewing.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty hasDataProperty() { return hasData.getReadOnlyProperty(); }

    public BooleanBinding hasProblem() { return problem.isNotEmpty(); }

    /** "41 features from 14 columns · fitted on 5,000 of 20,000 rows". */
    public StringBinding featureSummary() {
        return Bindings.createStringBinding(() -> {
            FeaturePreview shown = preview.get();
            if (shown == null) {
                return "";
            }
            long used = rows.stream().map(row -> row.roleProperty().get())
                    .filter(role -> role == ColumnRole.FEATURE || role == ColumnRole.TREATMENT).count();
            return language.text("prepare.featureSummary", language.formats().integer(shown.featureCount()),
                    language.formats().integer(used), language.formats().integer(shown.sampleRows()),
                    language.formats().integer(shown.totalRows()));
        }, preview, language.property());
    }

    /** Feature names, comma separated, for the line under the count. */
    public StringBinding featureNames() {
        return Bindings.createStringBinding(() -> preview.get() == null ? ""
                : String.join(language.text("list.separator"), preview.get().names()), preview, language.property());
    }

    /** A preview cell: the model input of one row and feature. */
    public String cell(int row, int feature) {
        FeaturePreview shown = preview.get();
        return shown == null ? "" : language.formats().decimal(shown.features().get(row, feature), 3);
    }

    /**
     * Replaces every choice with the defaults for the data and its roles (computed in the background); the rows
     * show them when the session does.
     */
    public void resetToDefaults() {
        Dataset data = shownData;
        if (data != null) {
            context.tasks().execute(BackgroundTask.of(language.text("prepare.resetting"),
                    monitor -> PrepSpec.defaults(data)).onSuccess(publisher::publishSpec));
        }
    }

    /** Shows the session's data and choices unless they are the ones shown already (e.g. this screen's own edit). */
    private void sync() {
        LoadedDataset loaded = context.session().dataProperty().get();
        Dataset data = loaded == null ? null : loaded.dataset();
        PrepSpec spec = context.session().planProperty().get().preprocessing();
        hasData.set(data != null);
        if (data == shownData && spec == shownSpec) {
            return;
        }
        shownData = data;
        shownSpec = spec;
        if (data == null || !SpecAlignment.fits(spec, data)) {
            rows.clear();
            stopPreview();
            problem.set(data == null ? "" : language.text("prepare.noSpec"));
            return;
        }
        showRows(data, spec);
        targets.load(data, spec);
        problem.set(SpecCheck.problem(data, spec).orElse(""));
        startPreview();
    }

    private void showRows(Dataset data, PrepSpec spec) {
        List<String> names = data.columns().stream().map(Column::name).toList();
        if (rows.stream().map(PrepRow::column).toList().equals(names)) {
            rows.forEach(row -> row.load(spec.columns().get(row.column())));
            return;
        }
        rows.setAll(data.columns().stream().map(column -> new PrepRow(column.name(), column.type(),
                column instanceof NumericColumn, spec.columns().get(column.name()), language,
                this::roleEdited, this::choicesEdited)).toList());
    }

    private void roleEdited(PrepRow row) {
        publisher.changeRole(row.column(), row.roleProperty().get());
    }

    private void choicesEdited(PrepRow row) {
        try {
            publish(shownSpec.withColumn(row.column(), row.toSpec()));
        } catch (DataException e) {
            problem.set(e.getMessage());
        }
    }

    private void targetsEdited() {
        publish(targets.applyTo(shownSpec));
    }

    /** Publishes choices made here; the rows already show them, so only the check and the preview are redone. */
    private void publish(PrepSpec spec) {
        shownSpec = spec;
        problem.set(publisher.publishSpec(spec).orElse(""));
        targets.load(shownData, spec);
        startPreview();
    }

    /** Recomputes the preview in the background; the previous one stays on screen until the new one is ready. */
    private void startPreview() {
        if (previewTask != null) {
            previewTask.cancel();
        }
        int generation = ++previews;
        Dataset data = shownData;
        PrepSpec spec = shownSpec;
        previewing.set(true);
        previewTask = context.tasks().execute(BackgroundTask.of(language.text("prepare.previewing"),
                        monitor -> FeaturePreview.compute(data, spec, monitor))
                .onSuccess(result -> {
                    if (generation == previews) {
                        showPreview(result);
                    }
                })
                .onFailure(failure -> {
                    if (generation != previews) {
                        return;
                    }
                    showPreview(null);
                    if (!(failure instanceof DataException)) {
                        errors.report(failure);
                    } else if (problem.get().isEmpty()) {
                        problem.set(failure.getMessage());
                    }
                }));
    }

    private void stopPreview() {
        previews++;
        if (previewTask != null) {
            previewTask.cancel();
        }
        showPreview(null);
    }

    private void showPreview(FeaturePreview result) {
        previewing.set(false);
        preview.set(result);
        previewRows.set(result == null ? FXCollections.emptyObservableList()
                : new RowIndexList(result.features().rows()));
    }
}
