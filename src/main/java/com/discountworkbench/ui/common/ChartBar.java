package com.discountworkbench.ui.common;

/** One bar of a bar chart: its category label, already localized, and its height. */
public record ChartBar(String label, double value) {
}
