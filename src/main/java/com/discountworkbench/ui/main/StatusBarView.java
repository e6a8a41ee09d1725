package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;

/** The bottom line: the running background job, its progress and a Cancel button. */
public final class StatusBarView {
    private final StatusBarViewModel viewModel;
    private final Parent root;

    @FXML private Label statusText;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;

    public StatusBarView(StatusBarViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        statusText.textProperty().bind(viewModel.text());
        progress.progressProperty().bind(viewModel.progress());
        progress.visibleProperty().bind(viewModel.busy());
        cancelButton.visibleProperty().bind(viewModel.busy());
        cancelButton.disableProperty().bind(viewModel.canCancel().not());
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    public Parent root() {
        return root;
    }
}
