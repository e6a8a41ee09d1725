package com.discountworkbench.ui.dialog;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.i18n.Localization;
import javafx.scene.control.Dialog;
import javafx.stage.Window;

/** Gives every dialog the main window as owner (centred on it, same icon) and the window's theme and fonts. */
public final class DialogStyling {
    private DialogStyling() {
    }

    public static void apply(Dialog<?> dialog, Window owner, Localization localization) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getStylesheets().add(Styles.stylesheet());
        dialog.getDialogPane().getStyleClass().add(Styles.languageClass(localization));
    }
}
