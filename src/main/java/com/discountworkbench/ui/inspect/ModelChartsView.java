package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.ChartBar;
import com.discountworkbench.ui.common.ChartSeries;
import com.discountworkbench.ui.common.PercentAxisLabels;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/** The tabs below the table: P(buy) histogram of the shown customers, ROC, calibration, lift, feature importance. */
public final class ModelChartsView {
    private final ModelChartsViewModel charts;
    private final CustomerTableViewModel table;
    private final Localization localization;
    private final Region root;
    private final ListChangeListener<ChartBar> histogramChanged = change -> redrawHistogram();
    private Subscription subscription = Subscription.EMPTY;

    @FXML private Label histogramCaption;
    @FXML private BarChart<String, Number> histogram;
    @FXML private Label rocCaption;
    @FXML private LineChart<Number, Number> roc;
    @FXML private Label calibrationCaption;
    @FXML private LineChart<Number, Number> calibration;
    @FXML private NumberAxis calibrationX;
    @FXML private NumberAxis calibrationY;
    @FXML private Label liftCaption;
    @FXML private BarChart<String, Number> lift;
    @FXML private BarChart<Number, String> importance;

    public ModelChartsView(ModelChartsViewModel charts, CustomerTableViewModel table, Localization localization) {
        this.charts = charts;
        this.table = table;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        histogramCaption.textProperty().bind(Bindings.createStringBinding(
                () -> localization.text("inspect.histogram.caption", table.measureText(table.measureProperty().get())),
                table.measureProperty()));
        rocCaption.textProperty().bind(charts.rocCaption());
        calibrationCaption.textProperty().bind(charts.calibrationCaption());
        liftCaption.textProperty().bind(charts.liftCaption());
        calibrationX.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        calibrationY.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        table.histogram().addListener(histogramChanged);
        redrawHistogram();
        subscription = charts.modelProperty().subscribe(model -> redrawModelCharts());
    }

    /** Updates the bars in place when only the counts changed: a filter keystroke must not rebuild twenty nodes. */
    private void redrawHistogram() {
        List<ChartBar> bars = table.histogram();
        if (histogram.getData().size() == 1 && histogram.getData().get(0).getData().size() == bars.size()) {
            List<XYChart.Data<String, Number>> data = histogram.getData().get(0).getData();
            for (int i = 0; i < bars.size(); i++) {
                data.get(i).setYValue(bars.get(i).value());
            }
        } else {
            histogram.getData().setAll(List.of(ChartSeries.bars(localization.text("inspect.histogram.y"), bars)));
        }
    }

    private void redrawModelCharts() {
        roc.getData().setAll(List.of(ChartSeries.line(localization.text("inspect.roc.model"), charts.roc()),
                ChartSeries.line(localization.text("inspect.roc.random"), charts.diagonal())));
        calibration.getData().setAll(List.of(
                ChartSeries.line(localization.text("inspect.calibration.model"), charts.calibration()),
                ChartSeries.line(localization.text("inspect.calibration.perfect"), charts.perfectCalibration())));
        lift.getData().setAll(List.of(ChartSeries.bars(localization.text("inspect.lift.y"), charts.lift())));
        importance.getData().setAll(List.of(ChartSeries.horizontalBars(localization.text("inspect.importance.x"),
                charts.importance())));
    }

    public Region root() {
        return root;
    }

    void dispose() {
        subscription.unsubscribe();
        table.histogram().removeListener(histogramChanged);
    }
}
