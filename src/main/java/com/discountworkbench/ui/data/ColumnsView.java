package com.discountworkbench.ui.data;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.ui.common.ColumnLabels;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.util.Subscription;

/** The column list with editable roles, and the chart of the selected column. */
final class ColumnsView {
    private final ColumnsViewModel viewModel;
    private final Localization localization;
    private final Parent root;
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private TableView<ColumnItem> table;
    @FXML private TableColumn<ColumnItem, String> nameColumn;
    @FXML private TableColumn<ColumnItem, ColumnType> typeColumn;
    @FXML private TableColumn<ColumnItem, ColumnRole> roleColumn;
    @FXML private TableColumn<ColumnItem, String> missingColumn;
    @FXML private TableColumn<ColumnItem, String> distinctColumn;
    @FXML private TableColumn<ColumnItem, String> valuesColumn;
    @FXML private Label chartTitle;
    @FXML private BarChart<String, Number> chart;
    @FXML private CategoryAxis valueAxis;

    ColumnsView(ColumnsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        text(nameColumn, ColumnItem::name);
        typeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().type()));
        typeColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty ? null : ColumnLabels.type(localization, type));
            }
        });
        roleColumn.setCellValueFactory(cell -> cell.getValue().roleProperty());
        roleColumn.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnLabels.roleConverter(localization),
                FXCollections.observableArrayList(viewModel.roles())));
        roleColumn.setOnEditCommit(edit -> {
            viewModel.changeRole(edit.getRowValue(), edit.getNewValue());
            table.refresh();
        });
        text(missingColumn, item -> localization.formats().integer(item.missing()));
        text(distinctColumn, item -> localization.formats().integer(item.distinct()));
        text(valuesColumn, ColumnItem::values);
        table.setItems(viewModel.items());
        table.setPlaceholder(new Label(localization.text("data.preview.empty")));
        subscriptions = viewModel.selectedProperty().subscribe(item -> {
            if (item != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(item);
            }
        }).and(table.getSelectionModel().selectedItemProperty().subscribe(item -> {
            if (item != null) {
                viewModel.selectedProperty().set(item);
            }
        })).and(viewModel.chartProperty().subscribe(this::draw));
    }

    private void draw(ColumnChart shown) {
        chart.getData().clear();
        if (shown == null) {
            chartTitle.setText(localization.text("data.chart.none"));
            return;
        }
        chartTitle.setText(localization.text(switch (shown.kind()) {
            case HISTOGRAM -> "data.chart.histogram";
            case TOP_VALUES -> "data.chart.topValues";
            case ALL_DIFFERENT -> "data.chart.allDifferent";
        }, shown.column()));
        // Histogram bins touch like a histogram's; separate values keep their gaps.
        chart.setCategoryGap(shown.kind() == ColumnChart.Kind.HISTOGRAM ? 2 : 12);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (ColumnChart.Bar bar : shown.bars()) {
            series.getData().add(new XYChart.Data<>(label(bar), bar.count()));
        }
        // Set explicitly: an auto-ranging category axis can keep the previous column's categories.
        valueAxis.setCategories(FXCollections.observableArrayList(series.getData().stream().map(XYChart.Data::getXValue)
                .toList()));
        chart.getData().add(series);
    }

    private String label(ColumnChart.Bar bar) {
        return switch (bar.kind()) {
            case VALUE -> bar.label();
            case OTHER -> localization.text("data.chart.other");
            case NO_VALUES -> localization.text("data.chart.noValues");
        };
    }

    private static void text(TableColumn<ColumnItem, String> column, Function<ColumnItem, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    Parent root() {
        return root;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
