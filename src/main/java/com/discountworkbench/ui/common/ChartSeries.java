package com.discountworkbench.ui.common;

import java.util.List;
import javafx.scene.chart.XYChart;

/** Turns view-model points and bars into chart series, so every chart is filled the same way. */
public final class ChartSeries {
    private ChartSeries() {
    }

    public static XYChart.Series<Number, Number> line(String name, List<ChartPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (ChartPoint point : points) {
            series.getData().add(new XYChart.Data<>(point.x(), point.y()));
        }
        return series;
    }

    public static XYChart.Series<String, Number> bars(String name, List<ChartBar> bars) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (ChartBar bar : bars) {
            series.getData().add(new XYChart.Data<>(bar.label(), bar.value()));
        }
        return series;
    }

    /** Bars lying on their side (category axis vertical), e.g. feature importance with long names. */
    public static XYChart.Series<Number, String> horizontalBars(String name, List<ChartBar> bars) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        series.setName(name);
        for (ChartBar bar : bars) {
            series.getData().add(new XYChart.Data<>(bar.value(), bar.label()));
        }
        return series;
    }
}
