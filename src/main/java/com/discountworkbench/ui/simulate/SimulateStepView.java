package com.discountworkbench.ui.simulate;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * The Simulate step's page: the figures of the current scenario on top, the constraint controls beside the charts
 * and the off-policy estimate, and the saved scenarios below.
 */
public final class SimulateStepView implements StepView {
    private final SimulateViewModel viewModel;
    private final Localization localization;
    private final ScrollPane root;
    private final ConstraintsView constraints;
    private final WhatIfChartsView charts;
    private final ScenariosView scenarios;
    private Subscription tones = Subscription.EMPTY;

    @FXML private VBox page;
    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private ProgressIndicator computing;
    @FXML private Label message;
    @FXML private VBox content;
    @FXML private FlowPane kpiTiles;
    @FXML private HBox body;
    @FXML private VBox chartColumn;
    @FXML private Label opeModel;
    @FXML private Label opeIps;
    @FXML private Label opeSnips;
    @FXML private Label opeDr;
    @FXML private Label opeBasis;

    public SimulateStepView(SimulateViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.constraints = new ConstraintsView(viewModel, localization);
        this.charts = new WhatIfChartsView(viewModel.charts(), localization);
        this.scenarios = new ScenariosView(viewModel, localization);
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.SIMULATE, localization, number, heading, description);
        page.getStyleClass().add(Styles.WIDE_PAGE);
        computing.visibleProperty().bind(viewModel.computingProperty().or(viewModel.charts().sweepingProperty()));
        message.textProperty().bind(viewModel.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        content.visibleProperty().bind(viewModel.readyProperty());
        content.managedProperty().bind(content.visibleProperty());
        for (KpiCard card : viewModel.kpis().cards()) {
            kpiTiles.getChildren().add(tile(card));
        }
        body.getChildren().add(0, constraints.root());
        chartColumn.getChildren().add(0, charts.root());
        content.getChildren().add(scenarios.root());
        opeModel.textProperty().bind(viewModel.offPolicy().modelPredictedProperty());
        opeIps.textProperty().bind(viewModel.offPolicy().ipsProperty());
        opeSnips.textProperty().bind(viewModel.offPolicy().selfNormalizedProperty());
        opeDr.textProperty().bind(viewModel.offPolicy().doublyRobustProperty());
        opeBasis.textProperty().bind(viewModel.offPolicy().basisProperty());
    }

    private VBox tile(KpiCard card) {
        Label title = new Label(localization.text(card.kind().titleKey()));
        title.getStyleClass().add(Styles.KPI_TITLE);
        title.setWrapText(true);
        Label value = new Label();
        value.setId("kpi-" + card.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        value.getStyleClass().add(Styles.KPI_VALUE);
        value.textProperty().bind(card.valueProperty());
        Label detail = new Label();
        detail.getStyleClass().add(Styles.KPI_DETAIL);
        detail.setWrapText(true);
        detail.textProperty().bind(card.detailProperty());
        VBox tile = new VBox(title, value, detail);
        tile.getStyleClass().add(Styles.KPI_CARD);
        tones = Subscription.combine(tones, card.toneProperty().subscribe(tone -> {
            tile.getStyleClass().removeAll(Styles.KPI_GAIN, Styles.KPI_LOSS);
            if (tone == KpiCard.Tone.GAIN) {
                tile.getStyleClass().add(Styles.KPI_GAIN);
            } else if (tone == KpiCard.Tone.LOSS) {
                tile.getStyleClass().add(Styles.KPI_LOSS);
            }
        }));
        return tile;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        tones.unsubscribe();
        constraints.dispose();
        charts.dispose();
        scenarios.dispose();
    }
}
