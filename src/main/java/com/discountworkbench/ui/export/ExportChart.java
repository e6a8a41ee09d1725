package com.discountworkbench.ui.export;

import java.util.Locale;

/** The Simulate charts that can be saved as PNG, with the file name proposed for each. */
public enum ExportChart {
    DISTRIBUTION("recommended-discounts"),
    PROFIT_VS_MIN_MARGIN("profit-vs-minimum-margin"),
    PROFIT_VS_BUDGET("profit-vs-budget");

    private final String fileName;

    ExportChart(String fileName) {
        this.fileName = fileName;
    }

    public String suggestedFileName() {
        return fileName + ".png";
    }

    public String titleKey() {
        return "export.chart." + name().toLowerCase(Locale.ROOT);
    }
}
