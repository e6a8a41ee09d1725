package com.discountworkbench.ui.simulate;

import java.util.List;

/** Plain chart contents the views turn into JavaFX chart series; view models know no chart nodes. */
public final class ChartData {
    private ChartData() {
    }

    /** One point of a line. */
    public record Point(double x, double y) {
    }

    /** One named line. */
    public record Line(String name, List<Point> points) {
        public Line {
            points = List.copyOf(points);
        }
    }

    /** One bar: its category on the axis and its height. */
    public record Bar(String category, double value) {
    }

    /** One group of bars sharing a colour, e.g. all customers or one segment. */
    public record BarSeries(String name, List<Bar> bars) {
        public BarSeries {
            bars = List.copyOf(bars);
        }
    }
}
