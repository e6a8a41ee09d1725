package com.discountworkbench.ui.main;

import com.discountworkbench.AppInfo;
import com.discountworkbench.ui.common.Icons;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.dialog.DialogStyling;
import com.discountworkbench.ui.i18n.Localization;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: name, version and the versions of the libraries that computed the analyst's results. */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static void show(Window owner, Localization localization) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(localization.text("about.title"));
        dialog.setHeaderText(localization.text("app.name"));
        ImageView logo = new ImageView(new Image(Icons.url(64)));
        logo.setFitWidth(64);
        logo.setFitHeight(64);
        dialog.setGraphic(logo);

        Label version = new Label(localization.text("about.version", AppInfo.version()));
        version.setId("about-version");
        version.getStyleClass().add(Styles.ABOUT_NAME);
        Label purpose = new Label(localization.text("about.purpose"));
        purpose.setWrapText(true);
        Label libraries = new Label(localization.text("about.libraries", System.getProperty("java.version"),
                AppInfo.javafxVersion(), AppInfo.dl4jVersion()));
        libraries.setWrapText(true);
        libraries.getStyleClass().add(Styles.HINT);
        VBox content = new VBox(version, purpose, libraries);
        content.getStyleClass().add(Styles.DIALOG_CONTENT);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(localization.text("dialog.close"), ButtonData.OK_DONE));
        DialogStyling.apply(dialog, owner, localization);
        dialog.show();
    }
}
