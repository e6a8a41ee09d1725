package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.SplitPositions;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;

/** The Inspect page: heading, scoring status, then the customer table beside the response curve, charts below. */
public final class InspectView implements StepView {
    /** The table needs room for seven columns; the curve reads well in the rest. */
    private static final double TABLE_SHARE = 0.64;
    private static final double UPPER_SHARE = 0.64;

    private final InspectViewModel viewModel;
    private final Localization localization;
    private final CustomerTableView tableView;
    private final ResponseCurveView curveView;
    private final ModelChartsView chartsView;
    private final Node root;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private Button scoreButton;
    @FXML private Label status;
    @FXML private Label recommendationSource;
    @FXML private VBox emptyCard;
    @FXML private SplitPane results;
    @FXML private SplitPane upper;

    public InspectView(InspectViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.tableView = new CustomerTableView(viewModel.table(), localization);
        this.curveView = new ResponseCurveView(viewModel.curve(), localization);
        this.chartsView = new ModelChartsView(viewModel.charts(), viewModel.table(), localization);
        this.root = ViewLoader.load(this, localization.bundle());
        // FXML takes a style-class attribute as one name, so the second class is added here.
        root.getStyleClass().add(Styles.FULL_PAGE);
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.INSPECT, localization, number, heading, description);
        status.textProperty().bind(viewModel.status());
        recommendationSource.textProperty().bind(viewModel.recommendationSource());
        scoreButton.disableProperty().bind(viewModel.canScore().not());
        emptyCard.visibleProperty().bind(viewModel.hasScores().not());
        emptyCard.managedProperty().bind(emptyCard.visibleProperty());
        results.visibleProperty().bind(viewModel.hasScores());
        results.managedProperty().bind(results.visibleProperty());
        upper.getItems().setAll(tableView.root(), curveView.root());
        // A split pane that cannot give each pane its minimum width falls back to equal halves for good.
        tableView.root().setMinWidth(0);
        curveView.root().setMinWidth(0);
        chartsView.root().setMinHeight(0);
        results.getItems().add(chartsView.root());
        SplitPositions.apply(upper, TABLE_SHARE);
        SplitPositions.apply(results, UPPER_SHARE);
    }

    @FXML
    private void score() {
        viewModel.score();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        tableView.dispose();
        curveView.dispose();
        chartsView.dispose();
    }
}
