package com.discountworkbench.ui.network;

import com.discountworkbench.model.ModelKind;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The Network step's page: presets, one tab per network, the parameter count with a drawing, and the seed. */
public final class NetworkView implements StepView {
    private final NetworkViewModel viewModel;
    private final Localization localization;
    private final NetworkDiagram diagram = new NetworkDiagram();
    private final ListChangeListener<DiagramBox> redraw = change -> diagram.show(change.getList());
    private final Node root;
    private Subscription tabSelection = Subscription.EMPTY;

    @FXML private VBox page;
    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private Button continueButton;
    @FXML private TabPane tabs;
    @FXML private Tab purchaseTab;
    @FXML private Tab valueTab;
    @FXML private VBox valuePage;
    @FXML private CheckBox sameAsPurchase;
    @FXML private Label parameters;
    @FXML private VBox diagramHolder;
    @FXML private TextField seed;
    @FXML private Label seedError;

    public NetworkView(NetworkViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.NETWORK, localization, number, heading, description);
        page.getStyleClass().add(Styles.WIDE_PAGE);
        purchaseTab.setContent(new NetworkEditorView(viewModel.purchase(), localization).root());
        VBox valueEditor = new NetworkEditorView(viewModel.value(), localization).root();
        valueEditor.disableProperty().bind(viewModel.valueSameAsPurchaseProperty());
        valuePage.getChildren().add(valueEditor);
        sameAsPurchase.selectedProperty().bindBidirectional(viewModel.valueSameAsPurchaseProperty());
        tabs.getSelectionModel().select(viewModel.shownProperty().get() == ModelKind.VALUE ? valueTab : purchaseTab);
        tabSelection = tabs.getSelectionModel().selectedItemProperty().subscribe(tab ->
                viewModel.shownProperty().set(tab == valueTab ? ModelKind.VALUE : ModelKind.PURCHASE));
        parameters.textProperty().bind(viewModel.parameterSummary());
        diagramHolder.getChildren().add(diagram);
        diagram.show(viewModel.diagram());
        viewModel.diagram().addListener(redraw);
        seed.textProperty().bindBidirectional(viewModel.seedProperty());
        seedError.textProperty().bind(viewModel.seedErrorProperty());
        seedError.visibleProperty().bind(seedError.textProperty().isNotEmpty());
        seedError.managedProperty().bind(seedError.visibleProperty());
        continueButton.disableProperty().bind(viewModel.validProperty().not());
    }

    @FXML
    private void applySmall() {
        viewModel.applyPreset(NetworkPreset.SMALL);
    }

    @FXML
    private void applyDefault() {
        viewModel.applyPreset(NetworkPreset.DEFAULT);
    }

    @FXML
    private void applyDeep() {
        viewModel.applyPreset(NetworkPreset.DEEP);
    }

    @FXML
    private void goToTrain() {
        viewModel.goToTrain();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        tabSelection.unsubscribe();
        viewModel.diagram().removeListener(redraw);
    }
}
