package com.discountworkbench.ui.train;

/** One line of the test-metrics summary: what was measured, and its value, both ready to show. */
public record MetricLine(String name, String value) {
}
