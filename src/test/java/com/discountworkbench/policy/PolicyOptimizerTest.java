package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.DataException;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class PolicyOptimizerTest {
    private final PolicyOptimizer optimizer = new PolicyOptimizer();
    private final PolicyProblem problem = Problems.random(3_000, Problems.RATES, 7);

    /** The level a brute-force search picks for one customer among the allowed ones. */
    private static int bruteForce(PolicyProblem problem, int customer, IntToDoubleFunction value,
                                  java.util.function.IntPredicate allowed) {
        int best = problem.baselineLevel();
        for (int k = 0; k < problem.levels(); k++) {
            if (allowed.test(k) && value.applyAsDouble(k) > value.applyAsDouble(best)) {
                best = k;
            }
        }
        return best;
    }

    @Test
    void picksEachCustomersMostProfitableLevel() {
        PolicyResult result = optimizer.optimize(problem, PolicyConstraints.none());
        for (int i = 0; i < problem.customers(); i++) {
            int customer = i;
            int expected = bruteForce(problem, i, k -> (float) problem.profit(customer, k), k -> true);
            assertThat(result.levels()[i]).as("customer %d", i).isEqualTo(expected);
        }
        long discounted = result.levels().length - result.summary().distribution().get(0).customers();
        assertThat(discounted).as("customers offered a discount").isBetween(300L, 2_700L);
    }

    @Test
    void respectsTheMaximumDiscountAndTheMinimumMargin() {
        PolicyConstraints constraints = PolicyConstraints.none().withMaxDiscount(0.15).withMinMargin(0.35);
        PolicyResult result = optimizer.optimize(problem, constraints);
        for (int i = 0; i < problem.customers(); i++) {
            int level = result.levels()[i];
            assertThat(problem.discountRate(level)).isLessThanOrEqualTo(0.15);
            if (level != problem.baselineLevel()) {
                assertThat(problem.marginAfterDiscount(i, level)).isGreaterThanOrEqualTo(0.35 - 1e-9);
            }
            int customer = i;
            int expected = bruteForce(problem, i, k -> (float) problem.profit(customer, k),
                    k -> problem.discountRate(k) <= 0.15 && problem.marginAfterDiscount(customer, k) >= 0.35);
            assertThat(level).isEqualTo(expected);
        }
    }

    @Test
    void aCustomerWithNoAllowedLevelKeepsTheBaseline() {
        PolicyProblem thin = Problems.of(new double[] {0, 0.1}, new float[][] {{0.1f, 0.5f}},
                new float[][] {{100f, 90f}}, 0.3);
        assertThat(optimizer.optimize(thin, PolicyConstraints.none()).levels()).containsExactly(1);
        assertThat(thin.marginAfterDiscount(0, 0)).isLessThan(0.35);
        assertThat(optimizer.optimize(thin, PolicyConstraints.none().withMinMargin(0.35)).levels()).containsExactly(0);
    }

    @Test
    void segmentCapsLimitOnlyTheirSegment() {
        PolicyResult free = optimizer.optimize(problem, PolicyConstraints.none());
        PolicyResult capped = optimizer.optimize(problem, PolicyConstraints.none()
                .withSegmentMaxDiscount(Map.of("B", 0.05)));
        int inB = 0;
        for (int i = 0; i < problem.customers(); i++) {
            if (problem.segments().code(i) == 1) {
                inB++;
                assertThat(problem.discountRate(capped.levels()[i])).isLessThanOrEqualTo(0.05);
            } else {
                assertThat(capped.levels()[i]).isEqualTo(free.levels()[i]);
            }
        }
        assertThat(inB).isPositive();
        assertThat(capped.summary().bySegment().get(1).levels().stream()
                .filter(share -> share.discountRate() > 0.05).mapToLong(LevelShare::customers).sum()).isZero();
        assertThatThrownBy(() -> optimizer.optimize(problem, PolicyConstraints.none()
                .withSegmentMaxDiscount(Map.of("C", 0.1)))).isInstanceOf(DataException.class)
                .hasMessageContaining("no segment 'C'");
    }

    @Test
    void revenueAndConversionObjectivesRespectTheProfitFloor() {
        for (Objective objective : new Objective[] {Objective.REVENUE, Objective.CONVERSIONS}) {
            PolicyResult result = optimizer.optimize(problem, PolicyConstraints.none().withObjective(objective));
            for (int i = 0; i < problem.customers(); i++) {
                int customer = i;
                IntToDoubleFunction value = objective == Objective.REVENUE
                        ? k -> (float) problem.revenue(customer, k) : k -> (float) problem.probability(customer, k);
                int expected = bruteForce(problem, i, value, k -> (float) problem.profit(customer, k) >= 0);
                assertThat(result.levels()[i]).as("%s, customer %d", objective, i).isEqualTo(expected);
            }
        }
        PolicyResult profit = optimizer.optimize(problem, PolicyConstraints.none());
        PolicyResult revenue = optimizer.optimize(problem, PolicyConstraints.none().withObjective(Objective.REVENUE));
        PolicyResult conversions = optimizer.optimize(problem,
                PolicyConstraints.none().withObjective(Objective.CONVERSIONS).withProfitFloor(1.0));
        assertThat(revenue.summary().totals().revenue()).isGreaterThan(profit.summary().totals().revenue());
        assertThat(revenue.summary().totals().profit()).isLessThan(profit.summary().totals().profit());
        for (int i = 0; i < problem.customers(); i++) {
            int level = conversions.levels()[i];
            assertThat(level == problem.baselineLevel() || problem.profit(i, level) >= 1.0 - 1e-6).isTrue();
        }
    }

    @Test
    void guardMakesPurchaseProbabilityNonDecreasingInTheDiscount() {
        ResponseMatrix dipping = new ResponseMatrix(Problems.grid(0, 0.1, 0.2, 0.3), 1,
                new float[] {0.10f, 0.08f, 0.12f, 0.11f}, new float[] {50, 45, 40, 35});
        ResponseMatrix guarded = MonotoneGuard.apply(dipping, new double[] {0, 0.1, 0.2, 0.3});
        assertThat(guarded.purchaseProbability()).containsExactly(0.10f, 0.10f, 0.12f, 0.12f);
        assertThat(dipping.purchaseProbability()).containsExactly(0.10f, 0.08f, 0.12f, 0.11f);
        assertThat(guarded.expectedSpend()).isSameAs(dipping.expectedSpend());

        ResponseMatrix tied = new ResponseMatrix(Problems.grid(0.3, 0, 0.5), 1,
                new float[] {0.15f, 0.2f, 0.1f}, new float[] {1, 1, 1});
        assertThat(MonotoneGuard.apply(tied, new double[] {0.1, 0, 0}).purchaseProbability())
                .as("levels at the same rate are not forced above each other")
                .containsExactly(0.2f, 0.2f, 0.1f);
    }

    @Test
    void optimizerWithGuardUsesAndReturnsTheGuardedResponses() {
        PolicyProblem dip = Problems.of(new double[] {0, 0.1, 0.2}, new float[][] {{0.3f, 0.1f, 0.32f}},
                new float[][] {{100, 90, 80}}, 0.5);
        PolicyResult result = optimizer.optimize(dip, PolicyConstraints.none().withMonotoneGuard(true));
        assertThat(result.problem().probability(0, 1)).isCloseTo(0.3, within(1e-6));
        assertThat(dip.probability(0, 1)).isCloseTo(0.1, within(1e-6));
        assertThat(result.levels()).containsExactly(0);
    }

    @Test
    void summaryReportsBaselinesIncrementsAndDistribution() {
        PolicyResult result = optimizer.optimize(problem, PolicyConstraints.none());
        ScenarioSummary summary = result.summary();
        Totals none = Totals.uniform(problem, 0);
        assertThat(summary.noDiscountLevel()).isEqualTo("0");
        assertThat(summary.noDiscount()).isEqualTo(none);
        assertThat(summary.incrementalProfitVsNoDiscount()).isCloseTo(summary.totals().profit() - none.profit(),
                within(1e-6));
        double bestUniform = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < problem.levels(); k++) {
            bestUniform = Math.max(bestUniform, Totals.uniform(problem, k).profit());
        }
        assertThat(summary.bestUniform().profit()).isEqualTo(bestUniform);
        assertThat(summary.incrementalProfitVsBestUniform()).isPositive();
        assertThat(summary.incrementalProfitVsNoDiscount()).isGreaterThan(summary.incrementalProfitVsBestUniform());
        assertThat(summary.distribution().stream().mapToLong(LevelShare::customers).sum())
                .isEqualTo(problem.customers());
        assertThat(summary.distribution().stream().mapToDouble(LevelShare::share).sum()).isCloseTo(1, within(1e-9));
        assertThat(summary.bySegment()).extracting(SegmentDistribution::segment).containsExactly("A", "B");
        assertThat(summary.bySegment().stream().mapToLong(SegmentDistribution::customers).sum())
                .isEqualTo(problem.customers());
        assertThat(summary.budget()).isNull();
    }
}
