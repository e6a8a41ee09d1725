package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.prep.Imputation;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.ui.common.ColumnLabels;
import com.discountworkbench.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.Callback;
import javafx.util.StringConverter;

/**
 * The cells of the Prepare table: each edits one property of a {@link PrepRow} and is greyed out where the choice
 * does not apply (numeric options on a text column, anything but the role on a non-feature column).
 */
final class SpecTable {
    private static final List<Integer> ONE_HOT_CAPS = List.of(2, 5, 10, 20, 30, 50, 100);

    private final Localization localization;

    SpecTable(Localization localization) {
        this.localization = localization;
    }

    void name(TableColumn<PrepRow, String> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().column()));
    }

    void type(TableColumn<PrepRow, ColumnType> column) {
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().type()));
        column.setCellFactory(owner -> new TableCell<>() {
            @Override
            protected void updateItem(ColumnType type, boolean empty) {
                super.updateItem(type, empty);
                setText(empty ? null : ColumnLabels.type(localization, type));
            }
        });
    }

    void role(TableColumn<PrepRow, ColumnRole> column) {
        column.setCellValueFactory(cell -> cell.getValue().roleProperty());
        column.setCellFactory(ComboBoxTableCell.forTableColumn(ColumnLabels.roleConverter(localization),
                ColumnRole.values()));
    }

    void missing(TableColumn<PrepRow, Imputation> column) {
        choice(column, PrepRow::missingProperty, List.of(Imputation.values()), enumLabel("prepare.missing."),
                PrepRow::featureOptionsApply);
    }

    void fill(TableColumn<PrepRow, String> column) {
        column.setCellValueFactory(cell -> cell.getValue().fillValueProperty());
        column.setCellFactory(applying(TextFieldTableCell.forTableColumn(), PrepRow::fillValueApplies));
    }

    void indicator(TableColumn<PrepRow, Boolean> column) {
        check(column, PrepRow::indicatorProperty, PrepRow::featureOptionsApply);
    }

    void scaling(TableColumn<PrepRow, Scaling> column) {
        choice(column, PrepRow::scalingProperty, List.of(Scaling.values()), enumLabel("prepare.scaling."),
                PrepRow::scalingApplies);
    }

    void log1p(TableColumn<PrepRow, Boolean> column) {
        check(column, PrepRow::log1pProperty, PrepRow::scalingApplies);
    }

    void clip(TableColumn<PrepRow, ClipChoice> column) {
        column.setCellValueFactory(cell -> cell.getValue().clippingProperty());
        column.setCellFactory(applying(owner -> {
            ComboBoxTableCell<PrepRow, ClipChoice> cell = new ComboBoxTableCell<>(
                    ColumnLabels.converter(choice -> choice.label(localization)));
            // A custom range from an opened project stays selectable beside the presets.
            cell.tableRowProperty().flatMap(TableRow::itemProperty).subscribe(row -> {
                List<ClipChoice> items = new ArrayList<>(ClipChoice.PRESETS);
                if (row != null && !items.contains(row.clippingProperty().get())) {
                    items.add(row.clippingProperty().get());
                }
                cell.getItems().setAll(items);
            });
            return cell;
        }, PrepRow::scalingApplies));
    }

    void bucketMode(TableColumn<PrepRow, BucketMode> column) {
        choice(column, PrepRow::bucketModeProperty, List.of(BucketMode.values()), enumLabel("prepare.buckets."),
                PrepRow::bucketingApplies);
    }

    void buckets(TableColumn<PrepRow, String> column) {
        column.setCellValueFactory(cell -> cell.getValue().bucketsProperty());
        column.setCellFactory(applying(TextFieldTableCell.forTableColumn(), PrepRow::bucketValueApplies));
    }

    void oneHot(TableColumn<PrepRow, Integer> column) {
        column.setCellValueFactory(cell -> cell.getValue().maxCategoriesProperty());
        column.setCellFactory(applying(owner -> {
            ComboBoxTableCell<PrepRow, Integer> cell = new ComboBoxTableCell<>(
                    ColumnLabels.converter(cap -> localization.formats().integer(cap)));
            cell.itemProperty().subscribe(cap -> {
                List<Integer> caps = new ArrayList<>(ONE_HOT_CAPS);
                if (cap != null && !caps.contains(cap)) {
                    caps.add(cap);
                    caps.sort(Integer::compare);
                }
                cell.getItems().setAll(caps);
            });
            return cell;
        }, PrepRow::oneHotApplies));
    }

    private <T> void choice(TableColumn<PrepRow, T> column, Function<PrepRow, Property<T>> property, List<T> items,
            StringConverter<T> converter, Function<PrepRow, ObservableValue<Boolean>> applies) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(applying(ComboBoxTableCell.forTableColumn(converter,
                FXCollections.observableArrayList(items)), applies));
    }

    private void check(TableColumn<PrepRow, Boolean> column, Function<PrepRow, Property<Boolean>> property,
            Function<PrepRow, ObservableValue<Boolean>> applies) {
        column.setCellValueFactory(cell -> property.apply(cell.getValue()));
        column.setCellFactory(applying(CheckBoxTableCell.forTableColumn(column), applies));
    }

    private <T> StringConverter<T> enumLabel(String prefix) {
        return ColumnLabels.converter(value -> localization.text(prefix + value.toString().toLowerCase(Locale.ROOT)));
    }

    /** Cells of {@code base}, disabled while the choice does not apply to their row. */
    private static <T> Callback<TableColumn<PrepRow, T>, TableCell<PrepRow, T>> applying(
            Callback<TableColumn<PrepRow, T>, TableCell<PrepRow, T>> base,
            Function<PrepRow, ObservableValue<Boolean>> applies) {
        return column -> {
            TableCell<PrepRow, T> cell = base.call(column);
            cell.disableProperty().bind(cell.tableRowProperty().flatMap(TableRow::itemProperty).flatMap(applies)
                    .map(apply -> !apply).orElse(true));
            return cell;
        };
    }
}
