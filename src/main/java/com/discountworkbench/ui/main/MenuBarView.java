package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.ClipboardCopy;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.util.Subscription;

/** The menu bar. Each item calls one action of the {@link MainViewModel}; texts and accelerators are in the FXML. */
public final class MenuBarView {
    private final MainViewModel viewModel;
    private final Localization localization;
    private final Runnable quit;
    private final MenuBar root;
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private MenuItem save;
    @FXML private MenuItem saveAs;
    @FXML private MenuItem export;
    @FXML private Menu recent;
    @FXML private Menu viewMenu;
    @FXML private RadioMenuItem english;
    @FXML private RadioMenuItem chinese;

    /** @param quit closes the window after the usual questions */
    public MenuBarView(MainViewModel viewModel, Localization localization, Runnable quit) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.quit = quit;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        save.disableProperty().bind(viewModel.canSave().not());
        saveAs.disableProperty().bind(viewModel.canSave().not());
        export.disableProperty().bind(viewModel.canExport().not());
        (localization.isChinese() ? chinese : english).setSelected(true);
        for (PipelineStep step : PipelineStep.values()) {
            MenuItem item = new MenuItem(localization.text("menu.view.step", step.number(), localization.text(step.titleKey())));
            item.setAccelerator(KeyCombination.keyCombination("Shortcut+" + step.number()));
            item.setOnAction(event -> viewModel.pipeline().select(step));
            viewMenu.getItems().add(item);
        }
        subscriptions = viewModel.recentFiles().subscribe(this::fillRecentMenu);
        fillRecentMenu();
    }

    private void fillRecentMenu() {
        recent.getItems().clear();
        for (Path file : viewModel.recentFiles()) {
            MenuItem item = new MenuItem(localization.text("menu.file.recentItem", file.getFileName(), file.getParent()));
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.openRecent(file));
            recent.getItems().add(item);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem(localization.text("menu.file.recentEmpty"));
            none.setDisable(true);
            recent.getItems().add(none);
        } else {
            MenuItem clear = new MenuItem(localization.text("menu.file.recentClear"));
            clear.setOnAction(event -> viewModel.clearRecentFiles());
            recent.getItems().addAll(new SeparatorMenuItem(), clear);
        }
    }

    @FXML private void newProject() {
        viewModel.newProject();
    }

    @FXML private void openProject() {
        viewModel.openProject();
    }

    @FXML private void saveProject() {
        viewModel.saveProject();
    }

    @FXML private void saveProjectAs() {
        viewModel.saveProjectAs();
    }

    @FXML private void importCsv() {
        viewModel.importCsv();
    }

    @FXML private void export() {
        viewModel.goToExport();
    }

    @FXML private void quit() {
        quit.run();
    }

    @FXML private void copy() {
        ClipboardCopy.copyFrom(root.getScene().getFocusOwner());
    }

    @FXML private void useEnglish() {
        viewModel.switchLanguage(Locale.ENGLISH);
    }

    @FXML private void useChinese() {
        viewModel.switchLanguage(Locale.SIMPLIFIED_CHINESE);
    }

    @FXML private void showShortcuts() {
        ShortcutsDialog.show(root, localization);
    }

    @FXML private void showAbout() {
        AboutDialog.show(root.getScene().getWindow(), localization);
    }

    public MenuBar root() {
        return root;
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
