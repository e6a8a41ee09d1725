package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.LevelShare;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.SegmentDistribution;
import com.discountworkbench.policy.Simulator;
import com.discountworkbench.policy.SweepTable;
import com.discountworkbench.policy.WhatIfSweeps;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.LatestOnlyRunner;
import com.discountworkbench.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pictures around a scenario: expected profit as the minimum margin moves and as the budget moves (swept in the
 * background after each scenario, only the latest kept), and the share of customers recommended each discount,
 * overall and per segment of the chosen column.
 */
public final class WhatIfChartsViewModel {
    /** More segments than this make a bar chart unreadable; the largest are shown. */
    static final int MAX_SEGMENT_SERIES = 6;

    private final UiLanguage language;
    private final Simulator simulator = new Simulator();
    private final LatestOnlyRunner<WhatIfSweeps> sweepRunner;
    private final ObservableList<ChartData.Line> marginLines = FXCollections.observableArrayList();
    private final ObservableList<ChartData.Line> budgetLines = FXCollections.observableArrayList();
    private final ObservableList<ChartData.BarSeries> distribution = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper sweepError = new ReadOnlyStringWrapper(this, "sweepError", "");
    private PolicyResult scenario;
    private WhatIfSweeps sweeps;

    public WhatIfChartsViewModel(TaskExecutor tasks, UiLanguage language) {
        this.language = language;
        this.sweepRunner = new LatestOnlyRunner<>(tasks, this::showSweeps,
                failure -> sweepError.set(language.text("simulate.sweep.failed", failure.getMessage())));
        language.property().addListener(changed -> redraw());
    }

    /** Shows a new scenario's distribution at once and sweeps around it in the background. */
    void show(PolicyResult result, PolicyConstraints constraints) {
        scenario = result;
        distribution.setAll(distributionSeries(result));
        sweepError.set("");
        sweepRunner.submit(language.text("simulate.task.sweep"),
                monitor -> WhatIfSweeps.of(simulator, result.problem(), constraints, monitor));
    }

    void clear() {
        sweepRunner.cancel();
        scenario = null;
        sweeps = null;
        marginLines.clear();
        budgetLines.clear();
        distribution.clear();
    }

    private void showSweeps(WhatIfSweeps result) {
        sweeps = result;
        redraw();
    }

    private void redraw() {
        if (scenario != null) {
            distribution.setAll(distributionSeries(scenario));
        }
        if (sweeps == null || scenario == null) {
            return;
        }
        PolicyConstraints current = scenario.constraints();
        double profit = scenario.summary().totals().profit();
        marginLines.setAll(lines(sweeps.minMargin(), point -> point * 100,
                current.minMargin() == null ? null : new ChartData.Point(current.minMargin() * 100, profit)));
        budgetLines.setAll(lines(sweeps.budget(), point -> point,
                current.budget() == null ? null : new ChartData.Point(current.budget(), profit)));
    }

    private List<ChartData.Line> lines(SweepTable table, DoubleUnaryOperator x, ChartData.Point current) {
        List<ChartData.Point> points = table.points().stream()
                .map(point -> new ChartData.Point(x.applyAsDouble(point.value()), point.totals().profit())).toList();
        List<ChartData.Line> lines = new ArrayList<>();
        lines.add(new ChartData.Line(language.text("simulate.chart.profit"), points));
        if (current != null) {
            lines.add(new ChartData.Line(language.text("simulate.chart.current"), List.of(current)));
        }
        return lines;
    }

    private List<ChartData.BarSeries> distributionSeries(PolicyResult result) {
        Formats formats = language.formats();
        OfferGrid offers = result.problem().offers();
        List<ChartData.BarSeries> series = new ArrayList<>();
        series.add(bars(language.text("simulate.chart.allCustomers"), result.summary().distribution(), offers, formats));
        List<SegmentDistribution> segments = result.summary().bySegment();
        if (segments.size() > 1) {
            segments.stream().sorted(Comparator.comparingLong(SegmentDistribution::customers).reversed())
                    .limit(MAX_SEGMENT_SERIES)
                    .forEach(segment -> series.add(bars(segment.segment(), segment.levels(), offers, formats)));
        }
        return series;
    }

    private static ChartData.BarSeries bars(String name, List<LevelShare> shares, OfferGrid offers, Formats formats) {
        List<ChartData.Bar> bars = new ArrayList<>();
        for (int k = 0; k < shares.size(); k++) {
            bars.add(new ChartData.Bar(Figures.level(formats, offers.level(k)), shares.get(k).share() * 100));
        }
        return new ChartData.BarSeries(name, bars);
    }

    /** Expected profit by minimum margin (x in percent), with the current setting as a point when it is on. */
    public ObservableList<ChartData.Line> marginLines() {
        return marginLines;
    }

    /** Expected profit by discount budget, with the current budget as a point when it is on. */
    public ObservableList<ChartData.Line> budgetLines() {
        return budgetLines;
    }

    /** Share of customers (percent) per recommended discount: all customers, then the largest segments. */
    public ObservableList<ChartData.BarSeries> distribution() {
        return distribution;
    }

    public ReadOnlyBooleanProperty sweepingProperty() {
        return sweepRunner.workingProperty();
    }

    public ReadOnlyStringProperty sweepErrorProperty() {
        return sweepError.getReadOnlyProperty();
    }
}
