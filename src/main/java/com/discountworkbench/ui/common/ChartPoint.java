package com.discountworkbench.ui.common;

/** One point of a line chart, as view models hand it to views (which turn it into chart data). */
public record ChartPoint(double x, double y) {
}
