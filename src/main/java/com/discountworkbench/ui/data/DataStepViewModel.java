package com.discountworkbench.ui.data;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.ui.common.RowIndexList;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.prepare.SessionPublisher;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskHandle;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Data step: reads the file the analyst chose (menu, recent list, drag and drop; the sample on first start) in
 * the background, reads it again when a read option changes, and shows the published data: preview rows, columns
 * with roles, quality report. The data itself lives in the session; this view model only shows it.
 */
public final class DataStepViewModel {
    private final WorkbenchContext context;
    private final UiLanguage language;
    private final SessionPublisher publisher;
    private final SampleData sample;
    private final UncaughtErrorHandler errors;
    private final ReadOptionsViewModel options = new ReadOptionsViewModel(this::reread);
    private final ColumnsViewModel columns;
    private final QualityViewModel quality;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Dataset> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ObservableList<Integer>> rows =
            new ReadOnlyObjectWrapper<>(FXCollections.emptyObservableList());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper showingSample = new ReadOnlyBooleanWrapper();
    private TaskHandle load;
    private int loads;
    private Path sampleFile;

    public DataStepViewModel(WorkbenchContext context, SampleData sample) {
        this.context = context;
        this.language = context.language();
        this.publisher = new SessionPublisher(context);
        this.sample = sample;
        this.errors = new UncaughtErrorHandler(context.dialogs(), language);
        this.columns = new ColumnsViewModel(publisher, context.tasks(), language);
        this.quality = new QualityViewModel(language);
        context.session().dataProperty().subscribe(this::show);
        context.main().requestedDataFileProperty().subscribe(requested -> {
            if (requested != null) {
                readNewFile(requested);
            }
        });
        if (context.session().dataProperty().get() == null && !loading.get()) {
            loadSample();
        }
    }

    public ReadOptionsViewModel options() {
        return options;
    }

    public ColumnsViewModel columns() {
        return columns;
    }

    public QualityViewModel quality() {
        return quality;
    }

    /** The file shown: the one being read, else the one whose data is loaded. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** A file is shown, or the sample is being looked for. */
    public BooleanBinding hasFile() {
        return file.isNotNull().or(loading);
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while the data shown is the bundled sample. */
    public ReadOnlyBooleanProperty showingSampleProperty() {
        return showingSample.getReadOnlyProperty();
    }

    /** The data the preview table shows. Changes only when the values change, not when a role does. */
    public ReadOnlyObjectProperty<Dataset> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** One lightweight item per row of {@link #previewProperty()}: its index. */
    public ReadOnlyObjectProperty<ObservableList<Integer>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** A preview cell, read from the columnar data on demand. */
    public String cell(int row, int column) {
        Dataset shown = preview.get();
        return shown == null ? "" : shown.columns().get(column).display(row);
    }

    /** Whether a preview column holds numbers (shown aligned right); dates and yes/no are not counted. */
    public boolean isNumeric(int column) {
        Dataset shown = preview.get();
        ColumnType type = shown == null ? null : shown.columns().get(column).type();
        return type == ColumnType.INTEGER || type == ColumnType.DECIMAL;
    }

    public StringBinding fileName() {
        return Bindings.createStringBinding(() -> file.get() != null ? String.valueOf(file.get().getFileName())
                : loading.get() ? language.text("data.sample.loading") : "", file, loading, language.property());
    }

    /** "20,000 rows × 16 columns · 1.4 MB · UTF-8 · comma · decimal point — in /home/ana/data". */
    public StringBinding fileDetails() {
        return Bindings.createStringBinding(() -> {
            Path shown = file.get();
            LoadedDataset loaded = context.session().dataProperty().get();
            if (shown == null) {
                return "";
            }
            Path folder = shown.toAbsolutePath().getParent();
            if (loading.get() || loaded == null) {
                return language.text("data.loadingDetails", folder);
            }
            DataSource source = loaded.dataset().source();
            return language.text("data.details", language.formats().integer(loaded.dataset().rowCount()),
                    language.formats().integer(loaded.dataset().columnCount()),
                    language.formats().fileSize(source.sizeBytes()), source.encoding(),
                    language.text(delimiterKey(source.delimiter())),
                    language.text(source.decimalComma() ? "data.decimal.comma" : "data.decimal.point"), folder);
        }, file, loading, context.session().dataProperty(), language.property());
    }

    public void importCsv() {
        context.main().importCsv();
    }

    /** Stops the reading in progress; the data loaded before stays. */
    public void cancelLoading() {
        if (load != null) {
            load.cancel();
        }
    }

    private void readNewFile(Path requested) {
        options.show(CsvOptions.detect());
        read(requested, CsvOptions.detect(), Map.of());
    }

    /** One job: find (or make) the sample file and read it. */
    private void loadSample() {
        int generation = ++loads;
        loading.set(true);
        load = context.tasks().execute(BackgroundTask.of(language.text("data.sample.loading"), monitor -> sample
                        .obtain(monitor).map(path -> DataLoading.read(path, CsvOptions.detect(), Map.of(), monitor)))
                .onSuccess(result -> {
                    if (generation == loads) {
                        loading.set(false);
                        result.ifPresent(this::publishSample);
                    }
                })
                .onFailure(failure -> finished(generation, failure))
                .onCancelled(() -> finished(generation, null)));
    }

    private void publishSample(DataLoading result) {
        sampleFile = result.loaded().dataset().source().file();
        publisher.publishData(result.loaded(), result.options(), result.spec());
    }

    /** The analyst changed a read option: the same file again, keeping the roles of the columns it still has. */
    private void reread() {
        Path shown = file.get();
        if (shown == null) {
            return;
        }
        CsvOptions chosen;
        try {
            chosen = options.options();
        } catch (DataException e) {
            options.show(context.session().readOptionsProperty().get());
            errors.report(e);
            return;
        }
        LoadedDataset loaded = context.session().dataProperty().get();
        boolean sameFile = loaded != null && loaded.dataset().source().file().equals(shown);
        read(shown, chosen, sameFile ? loaded.dataset().roles() : Map.of());
    }

    private void read(Path path, CsvOptions readOptions, Map<String, ColumnRole> roles) {
        cancelLoading();
        int generation = ++loads;
        file.set(path);
        loading.set(true);
        String title = language.text("data.loading", path.getFileName());
        load = context.tasks().execute(BackgroundTask.of(title, monitor -> DataLoading.read(path, readOptions, roles,
                        monitor))
                .onSuccess(result -> {
                    if (generation == loads) {
                        loading.set(false);
                        Map<String, ColumnRole> changedMeanwhile = rolesChangedSince(path, roles);
                        publisher.publishData(result.loaded(), result.options(), result.spec());
                        changedMeanwhile.forEach(publisher::changeRole);
                    }
                })
                .onFailure(failure -> finished(generation, failure))
                .onCancelled(() -> finished(generation, null)));
    }

    /** Roles the analyst gave columns of this file while it was being read again, which the reading did not know. */
    private Map<String, ColumnRole> rolesChangedSince(Path path, Map<String, ColumnRole> rolesRead) {
        LoadedDataset current = context.session().dataProperty().get();
        Map<String, ColumnRole> changed = new LinkedHashMap<>();
        if (current != null && current.dataset().source().file().equals(path)) {
            current.dataset().roles().forEach((column, role) -> {
                if (rolesRead.containsKey(column) && rolesRead.get(column) != role) {
                    changed.put(column, role);
                }
            });
        }
        return changed;
    }

    /** A reading stopped without data: show what was loaded before, and say why when it failed. */
    private void finished(int generation, Throwable failure) {
        if (generation != loads) {
            return;
        }
        loading.set(false);
        show(context.session().dataProperty().get());
        options.show(context.session().readOptionsProperty().get());
        Optional.ofNullable(failure).ifPresent(errors::report);
    }

    private void show(LoadedDataset loaded) {
        Dataset dataset = loaded == null ? null : loaded.dataset();
        boolean sameValues = dataset != null && preview.get() != null && preview.get().columns().equals(dataset.columns());
        if (loading.get() && !sameValues) {
            // Someone else published other data (an opened project) while a file was being read: theirs wins.
            cancelLoading();
            loads++;
            loading.set(false);
        }
        if (!loading.get()) {
            file.set(dataset == null ? null : dataset.source().file());
            options.show(context.session().readOptionsProperty().get());
        }
        showingSample.set(dataset != null && dataset.source().file().equals(sampleFile));
        if (!sameValues) {
            preview.set(dataset);
            rows.set(dataset == null ? FXCollections.emptyObservableList() : new RowIndexList(dataset.rowCount()));
        }
        columns.show(loaded);
        quality.show(loaded == null ? null : loaded.report());
    }

    private static String delimiterKey(char delimiter) {
        return switch (delimiter) {
            case ';' -> "data.delimiter.semicolon";
            case '\t' -> "data.delimiter.tab";
            case '|' -> "data.delimiter.pipe";
            case ',' -> "data.delimiter.comma";
            default -> "data.delimiter.other";
        };
    }
}
