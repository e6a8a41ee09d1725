package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The page of a step that has no screen of its own yet: its purpose, its state, and the way to what it needs. */
public final class StepOverviewView implements StepView {
    private final StepOverviewViewModel viewModel;
    private final Localization localization;
    private final StateIcon stateIcon = new StateIcon();
    private final VBox root;
    private Subscription subscription = Subscription.EMPTY;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private HBox badge;
    @FXML private Label stateLabel;
    @FXML private Label statusText;
    @FXML private Button goToMissing;

    public StepOverviewView(StepOverviewViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(viewModel.step(), localization, number, heading, description);
        badge.getChildren().add(0, stateIcon);
        subscription = viewModel.stateProperty().subscribe(state -> {
            stateIcon.show(state);
            stateLabel.setText(localization.text(state.labelKey()));
        });
        statusText.textProperty().bind(viewModel.statusText());
        goToMissing.textProperty().bind(viewModel.goToMissingText());
        goToMissing.visibleProperty().bind(viewModel.blocked());
        goToMissing.managedProperty().bind(goToMissing.visibleProperty());
    }

    @FXML
    private void showMissingStep() {
        viewModel.goToMissing();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        subscription.unsubscribe();
    }
}
