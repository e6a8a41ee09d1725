package com.discountworkbench.ui.common;

import java.util.List;
import java.util.function.IntPredicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Fills a {@link TableView} over a {@link RowIndexList}: a row-number column, then one text column per data column,
 * numbers aligned right. The theme gives such tables a fixed row height, so scrolling a million rows never measures
 * rows it does not show.
 */
public final class IndexedTables {
    private static final double NUMBER_WIDTH = 76;

    /** The text of one cell; called only for cells on screen. */
    @FunctionalInterface
    public interface CellText {
        String at(int row, int column);
    }

    private IndexedTables() {
    }

    /**
     * Replaces the table's columns.
     *
     * @param rowHeader heads the row-number column
     * @param numeric   which columns hold numbers (aligned right)
     */
    public static void showColumns(TableView<Integer> table, String rowHeader, List<String> names, IntPredicate numeric,
            CellText text) {
        if (!table.getStyleClass().contains(Styles.INDEXED_TABLE)) {
            table.getStyleClass().add(Styles.INDEXED_TABLE);
        }
        TableColumn<Integer, String> number = column(rowHeader);
        number.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Integer.toString(cell.getValue() + 1)));
        number.setPrefWidth(NUMBER_WIDTH);
        number.getStyleClass().add(Styles.ROW_NUMBER);
        table.getColumns().setAll(List.of(number));
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<Integer, String> column = column(names.get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.at(cell.getValue(), index)));
            if (numeric.test(i)) {
                column.getStyleClass().add(Styles.NUMERIC_CELL);
            }
            table.getColumns().add(column);
        }
    }

    private static TableColumn<Integer, String> column(String header) {
        TableColumn<Integer, String> column = new TableColumn<>(header);
        // Sorting would need every row's value at once and a reordered copy of the data.
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }
}
