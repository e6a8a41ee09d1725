package com.discountworkbench.ui.train;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.train.LossChartViewModel.LossPoint;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.Subscription;

/**
 * One model's loss chart: sampled update losses, epoch-mean training loss and validation loss. Mirrors the view
 * model's point lists, appending each batch in one change; no symbols and no animation, so long runs stay cheap.
 */
final class LossChartView {
    private final LineChart<Number, Number> chart;
    private final List<Runnable> detach = new ArrayList<>();
    private final Subscription axisLabel;

    LossChartView(LossChartViewModel viewModel, String title, Localization localization) {
        NumberAxis steps = new NumberAxis();
        steps.setForceZeroInRange(false);
        NumberAxis loss = new NumberAxis();
        loss.setForceZeroInRange(false);
        loss.setLabel(localization.text("train.chart.loss"));
        chart = new LineChart<>(steps, loss);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.getStyleClass().add(Styles.LOSS_CHART);
        axisLabel = viewModel.axisProperty().subscribe(axis -> steps.setLabel(localization.text(
                axis == LossChartViewModel.Axis.STEPS ? "train.chart.steps" : "train.chart.epochs")));
        mirror(viewModel.updates(), localization.text("train.chart.updates"));
        mirror(viewModel.epochTraining(), localization.text("train.chart.epochTraining"));
        mirror(viewModel.validation(), localization.text("train.chart.validation"));
    }

    LineChart<Number, Number> root() {
        return chart;
    }

    /** Stops following the view model, which outlives this view. */
    void dispose() {
        axisLabel.unsubscribe();
        detach.forEach(Runnable::run);
    }

    private void mirror(ObservableList<LossPoint> points, String name) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        series.getData().setAll(data(points));
        chart.getData().add(series);
        ListChangeListener<LossPoint> listener = change -> {
            while (change.next()) {
                if (change.wasRemoved()) {
                    series.getData().setAll(data(change.getList()));
                    return;
                }
                if (change.wasAdded()) {
                    series.getData().addAll(data(change.getAddedSubList()));
                }
            }
        };
        points.addListener(listener);
        detach.add(() -> points.removeListener(listener));
    }

    private static List<XYChart.Data<Number, Number>> data(List<? extends LossPoint> points) {
        List<XYChart.Data<Number, Number>> data = new ArrayList<>(points.size());
        for (LossPoint point : points) {
            data.add(new XYChart.Data<>(point.x(), point.loss()));
        }
        return data;
    }
}
