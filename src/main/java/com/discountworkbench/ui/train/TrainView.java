package com.discountworkbench.ui.train;

import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.train.TrainViewModel.RunState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Train step's page: controls, progress, both loss charts, the epoch table, the test results and the log. */
public final class TrainView implements StepView {
    private final TrainViewModel viewModel;
    private final Localization localization;
    private final List<LossChartView> chartViews = new ArrayList<>();
    private final ListChangeListener<EpochRow> followEpochs = change -> scrollToEnd(epochTable());
    private final ListChangeListener<String> followLog = change -> scrollToEnd(logView());
    private final ListChangeListener<MetricLine> redrawSummary = change -> showSummary(change.getList());
    private final Node root;

    @FXML private VBox page;
    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private Button startButton;
    @FXML private Button pauseButton;
    @FXML private Button stopButton;
    @FXML private Button openButton;
    @FXML private Button saveButton;
    @FXML private Label startHint;
    @FXML private ProgressBar progress;
    @FXML private Label progressText;
    @FXML private HBox charts;
    @FXML private TableView<EpochRow> epochTable;
    @FXML private TableColumn<EpochRow, String> modelColumn;
    @FXML private TableColumn<EpochRow, String> epochColumn;
    @FXML private TableColumn<EpochRow, String> trainingLossColumn;
    @FXML private TableColumn<EpochRow, String> validationLossColumn;
    @FXML private TableColumn<EpochRow, String> qualityColumn;
    @FXML private TableColumn<EpochRow, String> speedColumn;
    @FXML private TableColumn<EpochRow, String> elapsedColumn;
    @FXML private Label summaryEmpty;
    @FXML private GridPane summaryGrid;
    @FXML private ListView<String> log;

    public TrainView(TrainViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.TRAIN, localization, number, heading, description);
        page.getStyleClass().add(Styles.WIDE_PAGE);
        bindControls();
        TrainingRunViewModel run = viewModel.run();
        progress.progressProperty().bind(Bindings.when(viewModel.busy()).then(run.progressProperty()).otherwise(0.0));
        progressText.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(RunState.PAUSED))
                .then(localization.text("train.paused")).otherwise(run.progressTextProperty()));
        for (ModelKind kind : ModelKind.values()) {
            LossChartView chart = new LossChartView(run.chart(kind), run.modelName(kind), localization);
            HBox.setHgrow(chart.root(), Priority.ALWAYS);
            chart.root().setId("train-chart-" + kind.name().toLowerCase(Locale.ROOT));
            charts.getChildren().add(chart.root());
            chartViews.add(chart);
        }
        setUpEpochTable(run);
        log.setItems(run.log());
        run.log().addListener(followLog);
        showSummary(viewModel.summary());
        viewModel.summary().addListener(redrawSummary);
    }

    private void bindControls() {
        startButton.disableProperty().bind(viewModel.canStart().not());
        startHint.textProperty().bind(viewModel.startHint());
        pauseButton.textProperty().bind(Bindings.when(viewModel.stateProperty().isEqualTo(RunState.PAUSED))
                .then(localization.text("train.resume")).otherwise(localization.text("train.pause")));
        pauseButton.disableProperty().bind(viewModel.stateProperty().isNotEqualTo(RunState.RUNNING)
                .and(viewModel.stateProperty().isNotEqualTo(RunState.PAUSED)));
        stopButton.disableProperty().bind(pauseButton.disableProperty());
        openButton.disableProperty().bind(viewModel.files().canOpen().not());
        saveButton.disableProperty().bind(viewModel.files().canSave().not());
    }

    private void setUpEpochTable(TrainingRunViewModel run) {
        Formats formats = localization.formats();
        column(modelColumn, row -> localization.text(row.model() == ModelKind.PURCHASE
                ? "train.column.model.purchase" : "train.column.model.value"));
        column(epochColumn, row -> formats.integer(row.metrics().epoch()));
        column(trainingLossColumn, row -> decimal(formats, row.metrics().trainingLoss(), 4));
        column(validationLossColumn, row -> decimal(formats, row.metrics().validationLoss(), 4));
        column(qualityColumn, row -> quality(formats, row));
        column(speedColumn, row -> formats.integer(Math.round(row.metrics().rowsPerSecond())));
        column(elapsedColumn, row -> DurationText.of(row.metrics().elapsed()));
        epochTable.setItems(run.epochs());
        epochTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        run.epochs().addListener(followEpochs);
    }

    /** AUC for the purchase model, RMSE (spend units) for the value model. */
    private String quality(Formats formats, EpochRow row) {
        EpochMetrics metrics = row.metrics();
        return row.model() == ModelKind.PURCHASE
                ? localization.text("train.quality.auc", decimal(formats, metrics.validationAuc(), 3))
                : localization.text("train.quality.rmse", decimal(formats, metrics.validationRmse(), 2));
    }

    private static void column(TableColumn<EpochRow, String> column, Function<EpochRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    private static String decimal(Formats formats, double value, int digits) {
        return Double.isFinite(value) ? formats.decimal(value, digits) : "—";
    }

    private void showSummary(List<? extends MetricLine> lines) {
        summaryGrid.getChildren().clear();
        for (int i = 0; i < lines.size(); i++) {
            Label name = new Label(lines.get(i).name());
            name.getStyleClass().add(Styles.METRIC_NAME);
            name.setWrapText(true);
            Label value = new Label(lines.get(i).value());
            value.getStyleClass().add(Styles.METRIC_VALUE);
            value.setWrapText(true);
            summaryGrid.addRow(i, name, value);
        }
        summaryEmpty.setVisible(lines.isEmpty());
        summaryEmpty.setManaged(lines.isEmpty());
    }

    private TableView<EpochRow> epochTable() {
        return epochTable;
    }

    private ListView<String> logView() {
        return log;
    }

    /**
     * After the skin has seen the new rows (its listener may come after this view's), and after a layout, in which
     * it takes them in: scrolling any earlier stops short of the last row.
     */
    private static void scrollToEnd(TableView<?> table) {
        Platform.runLater(() -> {
            table.layout();
            table.scrollTo(table.getItems().size() - 1);
        });
    }

    private static void scrollToEnd(ListView<?> list) {
        Platform.runLater(() -> {
            list.layout();
            list.scrollTo(list.getItems().size() - 1);
        });
    }

    @FXML
    private void start() {
        viewModel.start();
    }

    @FXML
    private void togglePause() {
        if (viewModel.stateProperty().get() == RunState.PAUSED) {
            viewModel.resume();
        } else {
            viewModel.pause();
        }
    }

    @FXML
    private void stop() {
        viewModel.stop();
    }

    @FXML
    private void openModel() {
        viewModel.files().open();
    }

    @FXML
    private void saveModel() {
        viewModel.files().save();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        chartViews.forEach(LossChartView::dispose);
        viewModel.run().epochs().removeListener(followEpochs);
        viewModel.run().log().removeListener(followLog);
        viewModel.summary().removeListener(redrawSummary);
    }
}
