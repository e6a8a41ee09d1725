package com.discountworkbench.ui.data;

import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The Data step's page: import button, drop hint and the chosen file. */
public final class DataStepView implements StepView {
    private final DataStepViewModel viewModel;
    private final Localization localization;
    private final Node root;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private VBox fileCard;
    @FXML private VBox emptyCard;
    @FXML private Label fileName;
    @FXML private Label fileDetails;

    public DataStepView(DataStepViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.DATA, localization, number, heading, description);
        fileCard.visibleProperty().bind(viewModel.hasFile());
        fileCard.managedProperty().bind(fileCard.visibleProperty());
        emptyCard.visibleProperty().bind(viewModel.hasFile().not());
        emptyCard.managedProperty().bind(emptyCard.visibleProperty());
        fileName.textProperty().bind(viewModel.fileName());
        fileDetails.textProperty().bind(viewModel.fileDetails());
    }

    @FXML
    private void importCsv() {
        viewModel.importCsv();
    }

    @Override
    public Node root() {
        return root;
    }
}
