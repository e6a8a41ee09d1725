package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.ChartPoint;
import com.discountworkbench.ui.common.ChartSeries;
import com.discountworkbench.ui.common.PercentAxisLabels;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/**
 * The selected customer's P(buy) and expected profit against the discount: the model's curve, its trained levels
 * as dots, and the recommended discount as a larger dot.
 */
public final class ResponseCurveView {
    private static final double RATE_TICK = 0.05;

    private final ResponseCurveViewModel viewModel;
    private final Localization localization;
    private final Region root;
    private Subscription subscription = Subscription.EMPTY;

    @FXML private Label summary;
    @FXML private LineChart<Number, Number> probabilityChart;
    @FXML private LineChart<Number, Number> profitChart;
    @FXML private NumberAxis probabilityX;
    @FXML private NumberAxis probabilityY;
    @FXML private NumberAxis profitX;

    public ResponseCurveView(ResponseCurveViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summary());
        probabilityY.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        subscription = viewModel.curveProperty().subscribe(curve -> redraw());
    }

    private void redraw() {
        configureAxis(probabilityX);
        configureAxis(profitX);
        fill(probabilityChart, viewModel.probabilityCurve(), viewModel.probabilityAtLevels(),
                viewModel.recommendedProbability());
        fill(profitChart, viewModel.profitCurve(), viewModel.profitAtLevels(), viewModel.recommendedProfit());
    }

    private void fill(LineChart<Number, Number> chart, List<ChartPoint> curve,
                      List<ChartPoint> levels,
                      List<ChartPoint> recommended) {
        chart.getData().setAll(List.of(
                ChartSeries.line(localization.text("inspect.curve.model"), curve),
                ChartSeries.line(localization.text("inspect.curve.levels"), levels),
                ChartSeries.line(localization.text("inspect.curve.recommended"), recommended)));
    }

    /** Discount rates in percent; named offers by position with their names as tick labels. */
    private void configureAxis(NumberAxis axis) {
        List<String> names = viewModel.levelNames();
        if (viewModel.rateAxisProperty().get()) {
            double max = viewModel.probabilityCurve().stream().mapToDouble(ChartPoint::x).max().orElse(RATE_TICK);
            axis.setLowerBound(0);
            // A hair above the last rate, so 6 × 0.05 landing on 0.30000000000000004 still gets its tick.
            axis.setUpperBound(Math.max(max, RATE_TICK) + 1e-9);
            axis.setTickUnit(RATE_TICK);
            axis.setTickLabelFormatter(new PercentAxisLabels(localization.locale()));
        } else {
            axis.setLowerBound(0);
            axis.setUpperBound(Math.max(1, names.size() - 1));
            axis.setTickUnit(1);
            axis.setTickLabelFormatter(new StringConverter<>() {
                @Override
                public String toString(Number position) {
                    int index = (int) Math.round(position.doubleValue());
                    return index >= 0 && index < names.size() ? names.get(index) : "";
                }

                @Override
                public Number fromString(String text) {
                    return names.indexOf(text);
                }
            });
        }
    }

    public Region root() {
        return root;
    }

    void dispose() {
        subscription.unsubscribe();
    }
}
