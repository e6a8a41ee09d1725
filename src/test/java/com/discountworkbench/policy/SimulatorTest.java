package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulatorTest {
    private final Simulator simulator = new Simulator();
    private final PolicyProblem problem = Problems.random(2_000, Problems.RATES, 5);

    @Test
    void baselinesAreNoDiscountEachUniformLevelAndTheHistoricalPolicy() {
        int[] observed = new int[problem.customers()];
        for (int i = 0; i < observed.length; i++) {
            observed[i] = i % 3 == 0 ? -1 : i % problem.levels();
        }
        List<Baseline> baselines = simulator.baselines(problem, observed);
        assertThat(baselines).hasSize(1 + problem.levels() + 1);
        assertThat(baselines.get(0).kind()).isEqualTo(Baseline.Kind.NO_DISCOUNT);
        assertThat(baselines.get(0).totals()).isEqualTo(Totals.uniform(problem, 0));
        assertThat(baselines.get(0).incrementalProfitVsNoDiscount()).isZero();
        Baseline thirty = baselines.get(1 + 6);
        assertThat(thirty.name()).isEqualTo("0.3");
        assertThat(thirty.kind()).isEqualTo(Baseline.Kind.UNIFORM);
        assertThat(thirty.incrementalProfitVsNoDiscount()).isCloseTo(
                Totals.uniform(problem, 6).profit() - Totals.uniform(problem, 0).profit(), within(1e-9));

        int[] mapped = observed.clone();
        for (int i = 0; i < mapped.length; i++) {
            mapped[i] = Math.max(mapped[i], 0);
        }
        Baseline historical = baselines.get(baselines.size() - 1);
        assertThat(historical.kind()).isEqualTo(Baseline.Kind.HISTORICAL);
        assertThat(historical.totals()).isEqualTo(Totals.of(problem, mapped));
        assertThat(simulator.baselines(problem, null)).hasSize(1 + problem.levels());
    }

    @Test
    void profitFallsAsTheMinimumMarginRises() {
        double[] margins = {0, 0.1, 0.2, 0.3, 0.4, 0.5};
        SweepTable sweep = simulator.minMarginSweep(problem, PolicyConstraints.none(), margins, TaskMonitor.NONE);
        assertThat(sweep.parameter()).isEqualTo(SweepTable.MIN_MARGIN);
        assertThat(sweep.points()).extracting(SweepPoint::value).containsExactly(0.0, 0.1, 0.2, 0.3, 0.4, 0.5);
        for (int s = 1; s < margins.length; s++) {
            assertThat(sweep.points().get(s).totals().profit())
                    .isLessThanOrEqualTo(sweep.points().get(s - 1).totals().profit());
            assertThat(sweep.points().get(s).totals().discountCost())
                    .isLessThanOrEqualTo(sweep.points().get(s - 1).totals().discountCost());
        }
        assertThat(sweep.points().get(5).totals().profit()).isLessThan(sweep.points().get(0).totals().profit());
    }

    @Test
    void profitRisesWithTheBudgetAndEachPointKeepsItsBudget() {
        double[] budgets = simulator.budgetRange(problem, PolicyConstraints.none(), 10);
        assertThat(budgets).hasSize(11);
        assertThat(budgets[0]).isZero();
        assertThat(budgets[10]).isCloseTo(
                new PolicyOptimizer().optimize(problem, PolicyConstraints.none()).summary().totals().discountCost(),
                within(1e-6));
        SweepTable sweep = simulator.budgetSweep(problem, PolicyConstraints.none(), budgets, TaskMonitor.NONE);
        for (int s = 0; s < budgets.length; s++) {
            Totals totals = sweep.points().get(s).totals();
            assertThat(totals.discountCost()).isLessThanOrEqualTo(budgets[s] + 1e-6);
            if (s > 0) {
                assertThat(totals.profit()).isGreaterThanOrEqualTo(sweep.points().get(s - 1).totals().profit());
            }
        }
    }
}
