package com.discountworkbench.io;

import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.LevelShare;
import com.discountworkbench.policy.ScenarioSummary;
import com.discountworkbench.policy.SegmentDistribution;
import com.discountworkbench.policy.SweepTable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.IChart;

/**
 * PNG charts of the what-if results, drawn with XChart into an off-screen image (works with
 * {@code java.awt.headless=true}). The byte forms serve the UI, which shows them without touching Swing.
 */
public final class ChartWriter {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 540;
    private static final String MONEY = "#,##0";

    private ChartWriter() {
    }

    /** Profit and revenue of the optimized policy as the swept limit moves. */
    public static byte[] sweepPng(SweepTable table) {
        boolean margin = SweepTable.MIN_MARGIN.equals(table.parameter());
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Expected profit and revenue as the " + table.parameter() + " moves")
                .xAxisTitle(margin ? "Minimum margin after discount (%)" : "Discount budget")
                .yAxisTitle("Expected amount").build();
        chart.getStyler().setYAxisDecimalPattern(MONEY).setXAxisDecimalPattern(margin ? "0.#" : MONEY);
        double scale = margin ? 100 : 1;
        double[] x = table.points().stream().mapToDouble(p -> p.value() * scale).toArray();
        chart.addSeries("profit", x, table.points().stream().mapToDouble(p -> p.totals().profit()).toArray());
        chart.addSeries("revenue", x, table.points().stream().mapToDouble(p -> p.totals().revenue()).toArray());
        chart.addSeries("discount cost", x,
                table.points().stream().mapToDouble(p -> p.totals().discountCost()).toArray());
        return png(chart);
    }

    /** Share of customers recommended each level, overall and per segment when there are several. */
    public static byte[] distributionPng(ScenarioSummary summary) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Recommended offers").xAxisTitle("Offer").yAxisTitle("Share of customers (%)").build();
        chart.getStyler().setYAxisDecimalPattern("0.#");
        List<String> levels = summary.distribution().stream().map(LevelShare::level).toList();
        chart.addSeries("all customers", levels, percents(summary.distribution()));
        if (summary.bySegment().size() > 1) {
            for (SegmentDistribution segment : summary.bySegment()) {
                chart.addSeries(segment.segment(), levels, percents(segment.levels()));
            }
        }
        return png(chart);
    }

    public static void writeSweep(SweepTable table, Path target) {
        write(sweepPng(table), target);
    }

    public static void writeDistribution(ScenarioSummary summary, Path target) {
        write(distributionPng(summary), target);
    }

    private static List<Double> percents(List<LevelShare> shares) {
        return shares.stream().map(share -> share.share() * 100).toList();
    }

    private static byte[] png(IChart chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new IllegalStateException("Encoding a PNG in memory cannot fail", e);
        }
    }

    private static void write(byte[] png, Path target) {
        try {
            AtomicFiles.write(target, out -> out.write(png));
        } catch (IOException e) {
            throw new DataException("Could not write the chart (" + e.getMessage() + ").", target, -1, null, e);
        }
    }
}
