package com.discountworkbench.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Scenarios side by side: one column per scenario, one row per figure.
 *
 * @param scenarios the scenarios' names, in column order
 * @param rows      one row per figure, with one value per scenario
 */
public record ScenarioComparison(List<String> scenarios, List<Row> rows) {

    /** One figure across the scenarios. */
    public record Row(String metric, List<Double> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    public ScenarioComparison {
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
    }

    public static ScenarioComparison of(List<Scenario> compared) {
        List<Row> rows = new ArrayList<>();
        rows.add(row("expected conversions", compared, s -> s.summary().totals().conversions()));
        rows.add(row("revenue", compared, s -> s.summary().totals().revenue()));
        rows.add(row("discount cost", compared, s -> s.summary().totals().discountCost()));
        rows.add(row("cost of goods", compared, s -> s.summary().totals().costOfGoods()));
        rows.add(row("gross margin", compared, s -> s.summary().totals().grossMargin()));
        rows.add(row("fixed costs", compared, s -> s.summary().totals().fixedCosts()));
        rows.add(row("profit", compared, s -> s.summary().totals().profit()));
        rows.add(row("incremental profit vs no discount", compared, s -> s.summary().incrementalProfitVsNoDiscount()));
        rows.add(row("incremental profit vs best uniform level", compared,
                s -> s.summary().incrementalProfitVsBestUniform()));
        rows.add(row("share of customers offered more than the baseline", compared, ScenarioComparison::offeredShare));
        return new ScenarioComparison(compared.stream().map(Scenario::name).toList(), rows);
    }

    private static Row row(String metric, List<Scenario> compared, ToDoubleFunction<Scenario> figure) {
        return new Row(metric, compared.stream().mapToDouble(figure).boxed().toList());
    }

    private static double offeredShare(Scenario scenario) {
        String baseline = scenario.summary().noDiscountLevel();
        return scenario.summary().distribution().stream().filter(share -> !share.level().equals(baseline))
                .mapToDouble(LevelShare::share).sum();
    }
}
