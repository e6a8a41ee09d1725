package com.discountworkbench.ui.data;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnProfile;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.prepare.SessionPublisher;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskExecutor;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The column list (name, type, role, missing, distinct, values) with an editable role, and the chart of the
 * selected column. A role change goes through the {@link SessionPublisher}, which republishes the data.
 */
public final class ColumnsViewModel {
    private final SessionPublisher publisher;
    private final TaskExecutor tasks;
    private final UiLanguage language;
    private final ObservableList<ColumnItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<ColumnItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ColumnChart> chart = new ReadOnlyObjectWrapper<>();
    private Dataset dataset;
    private Column charted;
    private int charts;

    ColumnsViewModel(SessionPublisher publisher, TaskExecutor tasks, UiLanguage language) {
        this.publisher = publisher;
        this.tasks = tasks;
        this.language = language;
        selected.addListener((observable, old, item) -> drawChart());
    }

    public ObservableList<ColumnItem> items() {
        return items;
    }

    /** The column whose chart is shown; the view keeps it in step with the table's selection. */
    public ObjectProperty<ColumnItem> selectedProperty() {
        return selected;
    }

    /** Histogram or top values of the selected column; null when none is selected. */
    public ReadOnlyObjectProperty<ColumnChart> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public List<ColumnRole> roles() {
        return List.of(ColumnRole.values());
    }

    /** The analyst picked a role in the list. */
    public void changeRole(ColumnItem item, ColumnRole role) {
        if (role != null && role != item.roleProperty().get()) {
            publisher.changeRole(item.name(), role);
        }
    }

    /** Shows new data: the same columns only change roles in place, so the selection and chart stay. */
    void show(LoadedDataset loaded) {
        Dataset previous = dataset;
        dataset = loaded == null ? null : loaded.dataset();
        if (dataset == null) {
            items.clear();
            selected.set(null);
            return;
        }
        if (previous != null && previous.columns().equals(dataset.columns())) {
            items.forEach(item -> item.showRole(dataset.role(item.name())));
            return;
        }
        String selectedName = selected.get() == null ? null : selected.get().name();
        items.setAll(loaded.report().columns().stream().map(this::item).toList());
        // Identifiers have nothing to chart: the first other column is the better start.
        selected.set(items.stream().filter(item -> item.name().equals(selectedName)).findFirst()
                .or(() -> items.stream().filter(item -> item.roleProperty().get() != ColumnRole.ID).findFirst())
                .orElse(items.isEmpty() ? null : items.get(0)));
        drawChart();
    }

    private ColumnItem item(ColumnProfile profile) {
        return new ColumnItem(profile, dataset.role(profile.name()));
    }

    /**
     * Draws the selected column's chart, unless it already shows exactly these values. Counting reads every row,
     * so it runs in the background; a chart that arrives after another column was selected is dropped.
     */
    private void drawChart() {
        ColumnItem item = selected.get();
        Column column = item == null || dataset == null ? null : dataset.find(item.name()).orElse(null);
        if (column == charted) {
            return;
        }
        charted = column;
        int generation = ++charts;
        if (column == null) {
            chart.set(null);
            return;
        }
        tasks.execute(BackgroundTask.of(language.text("data.charting", column.name()), monitor -> ColumnChart.of(column))
                .onSuccess(drawn -> {
                    if (generation == charts) {
                        chart.set(drawn);
                    }
                }));
    }
}
