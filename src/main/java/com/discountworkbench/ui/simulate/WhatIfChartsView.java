package com.discountworkbench.ui.simulate;

import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.Localization;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.util.StringConverter;

/**
 * The Simulate screen's charts: the recommended discounts, and profit as the minimum margin or the budget moves.
 * Each chart shows the view model's plain chart data; one update per new scenario, never per point.
 */
final class WhatIfChartsView {
    private final WhatIfChartsViewModel viewModel;
    private final Localization localization;
    private final TabPane root;
    private final ListChangeListener<Object> redraw = change -> draw();

    @FXML private BarChart<String, Number> distribution;
    @FXML private LineChart<Number, Number> marginChart;
    @FXML private LineChart<Number, Number> budgetChart;
    @FXML private NumberAxis marginProfitAxis;
    @FXML private NumberAxis budgetAxis;
    @FXML private NumberAxis budgetProfitAxis;

    WhatIfChartsView(WhatIfChartsViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StringConverter<Number> money = moneyAxis(localization.formats());
        marginProfitAxis.setTickLabelFormatter(money);
        budgetAxis.setTickLabelFormatter(money);
        budgetProfitAxis.setTickLabelFormatter(money);
        viewModel.marginLines().addListener(redraw);
        viewModel.budgetLines().addListener(redraw);
        viewModel.distribution().addListener(redraw);
        draw();
    }

    TabPane root() {
        return root;
    }

    void dispose() {
        viewModel.marginLines().removeListener(redraw);
        viewModel.budgetLines().removeListener(redraw);
        viewModel.distribution().removeListener(redraw);
    }

    private void draw() {
        marginChart.getData().setAll(lines(viewModel.marginLines()));
        budgetChart.getData().setAll(lines(viewModel.budgetLines()));
        distribution.getData().setAll(viewModel.distribution().stream().map(bars -> {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            series.setName(bars.name());
            bars.bars().forEach(bar -> series.getData().add(new XYChart.Data<>(bar.category(), bar.value())));
            return series;
        }).toList());
    }

    private static List<XYChart.Series<Number, Number>> lines(List<ChartData.Line> lines) {
        return lines.stream().map(line -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            line.points().forEach(point -> series.getData().add(new XYChart.Data<>(point.x(), point.y())));
            return series;
        }).toList();
    }

    private static StringConverter<Number> moneyAxis(Formats formats) {
        return new StringConverter<>() {
            @Override public String toString(Number value) {
                return formats.decimal(value.doubleValue(), 0);
            }

            @Override public Number fromString(String text) {
                return null;
            }
        };
    }
}
