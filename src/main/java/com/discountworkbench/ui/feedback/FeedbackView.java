package com.discountworkbench.ui.feedback;

import com.discountworkbench.ui.common.ChartSeries;
import com.discountworkbench.ui.common.PercentAxisLabels;
import com.discountworkbench.ui.common.SplitPositions;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The Feedback page: import and write buttons, the group and decile tables, and the comparison charts. */
public final class FeedbackView implements StepView {
    private static final double TABLES_SHARE = 0.56;
    /** Narrow columns: counts and group names; the figures get the rest. */
    private static final double LABEL_WIDTH = 96;
    private static final double COUNT_WIDTH = 86;

    private final FeedbackViewModel viewModel;
    private final Localization localization;
    private final Node root;
    private Subscription subscription = Subscription.EMPTY;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private Button importButton;
    @FXML private Button writeButton;
    @FXML private Label fileName;
    @FXML private Label summary;
    @FXML private Label lastWritten;
    @FXML private VBox emptyCard;
    @FXML private SplitPane results;
    @FXML private TableView<FeedbackRow> groups;
    @FXML private Label controlComparison;
    @FXML private TableView<FeedbackRow> deciles;
    @FXML private BarChart<String, Number> conversionChart;
    @FXML private NumberAxis conversionAxis;
    @FXML private BarChart<String, Number> profitChart;
    @FXML private LineChart<Number, Number> calibrationChart;
    @FXML private NumberAxis calibrationX;
    @FXML private NumberAxis calibrationY;

    public FeedbackView(FeedbackViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
        // FXML takes a style-class attribute as one name, so the second class is added here.
        root.getStyleClass().add(Styles.FULL_PAGE);
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.FEEDBACK, localization, number, heading, description);
        importButton.disableProperty().bind(viewModel.canImport().not());
        writeButton.disableProperty().bind(viewModel.hasReport().not());
        fileName.textProperty().bind(viewModel.fileName());
        FeedbackTablesViewModel tables = viewModel.tables();
        summary.textProperty().bind(tables.summary());
        controlComparison.textProperty().bind(tables.controlComparison());
        lastWritten.textProperty().bind(viewModel.lastWrittenProperty());
        lastWritten.managedProperty().bind(lastWritten.textProperty().isNotEmpty());
        emptyCard.visibleProperty().bind(viewModel.hasReport().not());
        emptyCard.managedProperty().bind(emptyCard.visibleProperty());
        results.visibleProperty().bind(viewModel.hasReport());
        results.managedProperty().bind(results.visibleProperty());
        SplitPositions.apply(results, TABLES_SHARE);
        groups.getStyleClass().add(Styles.WRAPPED_HEADERS);
        columns(groups, "feedback.column.group");
        columns(deciles, "feedback.column.decile");
        groups.setItems(tables.groups());
        deciles.setItems(tables.deciles());
        conversionAxis.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        calibrationX.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        calibrationY.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        subscription = viewModel.reportProperty().subscribe(report -> redrawCharts());
    }

    private void columns(TableView<FeedbackRow> table, String firstHeader) {
        table.getColumns().setAll(List.of(
                sized(column(firstHeader, FeedbackRow::label, false), LABEL_WIDTH),
                sized(column("feedback.column.customers", FeedbackRow::customers, true), COUNT_WIDTH),
                column("feedback.column.predictedConversion", FeedbackRow::predictedConversion, true),
                column("feedback.column.realizedConversion", FeedbackRow::realizedConversion, true),
                column("feedback.column.predictedProfit", FeedbackRow::predictedProfit, true),
                column("feedback.column.realizedProfit", FeedbackRow::realizedProfit, true)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private static TableColumn<FeedbackRow, String> sized(TableColumn<FeedbackRow, String> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        return column;
    }

    private TableColumn<FeedbackRow, String> column(String key, Function<FeedbackRow, String> value, boolean number) {
        TableColumn<FeedbackRow, String> column = new TableColumn<>(localization.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        if (number) {
            column.getStyleClass().add(Styles.NUMBER_CELL);
        }
        return column;
    }

    private void redrawCharts() {
        FeedbackTablesViewModel tables = viewModel.tables();
        String predicted = localization.text("feedback.chart.predictedSeries");
        String realized = localization.text("feedback.chart.realizedSeries");
        conversionChart.getData().setAll(List.of(ChartSeries.bars(predicted, tables.predictedConversionByDecile()),
                ChartSeries.bars(realized, tables.realizedConversionByDecile())));
        profitChart.getData().setAll(List.of(ChartSeries.bars(predicted, tables.predictedProfitByDecile()),
                ChartSeries.bars(realized, tables.realizedProfitByDecile())));
        calibrationChart.getData().setAll(List.of(
                ChartSeries.line(localization.text("feedback.chart.model"), tables.calibration()),
                ChartSeries.line(localization.text("inspect.calibration.perfect"), tables.perfectCalibration())));
    }

    @FXML
    private void importOutcomes() {
        viewModel.importOutcomes();
    }

    @FXML
    private void writeTrainingFile() {
        viewModel.writeTrainingFile();
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
