package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.dialog.DialogStyling;
import com.discountworkbench.ui.i18n.Localization;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** Help → Keyboard shortcuts: read from the menu bar itself, so the list cannot drift from the real accelerators. */
public final class ShortcutsDialog {
    private ShortcutsDialog() {
    }

    public static void show(MenuBar menuBar, Localization localization) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.SHORTCUT_GRID);
        int row = 0;
        for (MenuItem item : itemsWithAccelerators(menuBar)) {
            Label key = new Label(item.getAccelerator().getDisplayText());
            key.getStyleClass().add(Styles.SHORTCUT_KEY);
            key.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, key, new Label(withoutMnemonic(item.getText())));
        }
        Label drop = new Label(localization.text("shortcuts.drop"));
        drop.getStyleClass().add(Styles.HINT);
        grid.add(drop, 0, row, 2, 1);

        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(localization.text("shortcuts.title"));
        dialog.setHeaderText(localization.text("shortcuts.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(localization.text("dialog.close"), ButtonData.OK_DONE));
        DialogStyling.apply(dialog, menuBar.getScene().getWindow(), localization);
        dialog.show();
    }

    static List<MenuItem> itemsWithAccelerators(MenuBar menuBar) {
        List<MenuItem> found = new ArrayList<>();
        menuBar.getMenus().forEach(menu -> collect(menu, found));
        return found;
    }

    private static void collect(Menu menu, List<MenuItem> found) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu submenu) {
                collect(submenu, found);
            } else if (item.getAccelerator() != null) {
                found.add(item);
            }
        }
    }

    /** "_Open…" → "Open…", "打开(_O)…" → "打开(O)…". */
    static String withoutMnemonic(String text) {
        return text.replace("__", "\u0000").replace("_", "").replace('\u0000', '_');
    }
}
