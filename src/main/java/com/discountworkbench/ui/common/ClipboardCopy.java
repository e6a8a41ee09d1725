package com.discountworkbench.ui.common;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * Edit → Copy for whatever has the focus: the selected text of a text field, or the selected rows of a table as
 * tab-separated lines, which paste into a spreadsheet as cells.
 */
public final class ClipboardCopy {
    private ClipboardCopy() {
    }

    /** @return false when the focused node offers nothing to copy */
    public static boolean copyFrom(Node focused) {
        if (focused instanceof TextInputControl text) {
            text.copy();
            return true;
        }
        if (focused instanceof TableView<?> table && !table.getSelectionModel().getSelectedIndices().isEmpty()) {
            ClipboardContent content = new ClipboardContent();
            content.putString(selectedRowsAsTsv(table));
            Clipboard.getSystemClipboard().setContent(content);
            return true;
        }
        return false;
    }

    /** The selected rows, visible columns in their shown order, one line per row. */
    static String selectedRowsAsTsv(TableView<?> table) {
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        return table.getSelectionModel().getSelectedIndices().stream().sorted()
                .map(row -> columns.stream().map(column -> cellText(column.getCellData(row)))
                        .collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    private static String cellText(Object value) {
        // Tabs and line breaks inside a cell would split it into several spreadsheet cells.
        return value == null ? "" : value.toString().replaceAll("[\t\r\n]+", " ");
    }
}
