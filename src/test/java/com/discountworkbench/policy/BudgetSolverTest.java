package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BudgetSolverTest {
    private final PolicyOptimizer optimizer = new PolicyOptimizer();
    private final PolicyProblem problem = Problems.random(4_000, Problems.RATES, 11);
    private final PolicyResult free = optimizer.optimize(problem, PolicyConstraints.none());
    private final double unconstrainedCost = free.summary().totals().discountCost();

    @Test
    void aBindingBudgetIsMetAndNearlyUsed() {
        double budget = 0.4 * unconstrainedCost;
        PolicyResult result = optimizer.optimize(problem, PolicyConstraints.none().withBudget(budget));
        BudgetOutcome outcome = result.summary().budget();
        assertThat(outcome.binding()).isTrue();
        assertThat(outcome.met()).isTrue();
        assertThat(outcome.shadowPrice()).isPositive();
        assertThat(result.summary().totals().discountCost()).isLessThanOrEqualTo(budget)
                .isGreaterThan(0.995 * budget);
        assertThat(outcome.spent()).isEqualTo(result.summary().totals().discountCost(),
                org.assertj.core.api.Assertions.within(1e-3 * budget));
        assertThat(result.summary().totals().profit()).isLessThan(free.summary().totals().profit());
    }

    @Test
    void beatsTruncatingTheUnconstrainedPolicy() {
        double budget = 0.4 * unconstrainedCost;
        double solved = optimizer.optimize(problem, PolicyConstraints.none().withBudget(budget)).summary().totals()
                .profit();
        assertThat(solved).isGreaterThan(truncatedInFileOrder(budget)).isGreaterThan(bestFittingDiscountCap(budget));
    }

    /** Keeps customers' unconstrained levels in file order until the budget runs out. */
    private double truncatedInFileOrder(double budget) {
        int[] levels = new int[problem.customers()];
        double spent = 0;
        for (int i = 0; i < levels.length; i++) {
            double cost = problem.discountCost(i, free.levels()[i]);
            if (spent + cost <= budget) {
                levels[i] = free.levels()[i];
                spent += cost;
            }
        }
        return Totals.of(problem, levels).profit();
    }

    /** The analyst's manual fix: lower the maximum discount until the unconstrained answer fits. */
    private double bestFittingDiscountCap(double budget) {
        for (int k = Problems.RATES.length - 1; k >= 0; k--) {
            PolicyResult capped = optimizer.optimize(problem, PolicyConstraints.none().withMaxDiscount(Problems.RATES[k]));
            if (capped.summary().totals().discountCost() <= budget) {
                return capped.summary().totals().profit();
            }
        }
        throw new AssertionError("No cap fits");
    }

    /**
     * With one coupling constraint the Lagrangian answer is at most one customer's swing in profit away
     * from the exact optimum (the duality gap of a separable problem); checked against exhaustive search.
     */
    @Test
    void isWithinOneCustomersSwingOfTheExactOptimumOnTinyProblems() {
        for (long seed = 1; seed <= 8; seed++) {
            PolicyProblem tiny = Problems.random(8, new double[] {0, 0.1, 0.2}, seed);
            double cost = optimizer.optimize(tiny, PolicyConstraints.none()).summary().totals().discountCost();
            double budget = 0.5 * cost;
            double exact = exhaustive(tiny, budget);
            double solved = optimizer.optimize(tiny, PolicyConstraints.none().withBudget(budget)).summary().totals()
                    .profit();
            assertThat(solved).as("seed %d", seed).isLessThanOrEqualTo(exact + 1e-9)
                    .isGreaterThanOrEqualTo(exact - largestSwing(tiny));
        }
    }

    private static double largestSwing(PolicyProblem tiny) {
        double swing = 0;
        for (int i = 0; i < tiny.customers(); i++) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < tiny.levels(); k++) {
                low = Math.min(low, tiny.profit(i, k));
                high = Math.max(high, tiny.profit(i, k));
            }
            swing = Math.max(swing, high - low);
        }
        return swing;
    }

    /** Best profit over all 3^8 assignments within the budget. */
    private static double exhaustive(PolicyProblem tiny, double budget) {
        int n = tiny.customers();
        int levels = tiny.levels();
        int[] choice = new int[n];
        double best = Double.NEGATIVE_INFINITY;
        for (int code = 0; code < Math.pow(levels, n); code++) {
            int rest = code;
            for (int i = 0; i < n; i++) {
                choice[i] = rest % levels;
                rest /= levels;
            }
            Totals totals = Totals.of(tiny, choice);
            if (totals.discountCost() <= budget && totals.profit() > best) {
                best = totals.profit();
            }
        }
        return best;
    }

    @Test
    void aSlackBudgetChangesNothingAndAZeroBudgetGivesNoDiscount() {
        PolicyResult slack = optimizer.optimize(problem, PolicyConstraints.none().withBudget(2 * unconstrainedCost));
        assertThat(slack.levels()).isEqualTo(free.levels());
        assertThat(slack.summary().budget().binding()).isFalse();
        assertThat(slack.summary().budget().shadowPrice()).isZero();

        PolicyResult zero = optimizer.optimize(problem, PolicyConstraints.none().withBudget(0.0));
        assertThat(zero.summary().totals().discountCost()).isZero();
        assertThat(zero.summary().budget().met()).isTrue();
        assertThat(zero.levels()).containsOnly(problem.baselineLevel());
    }

    @Test
    void budgetAppliesToOtherObjectivesToo() {
        PolicyConstraints revenue = PolicyConstraints.none().withObjective(Objective.REVENUE);
        double cost = optimizer.optimize(problem, revenue).summary().totals().discountCost();
        PolicyResult result = optimizer.optimize(problem, revenue.withBudget(0.3 * cost));
        assertThat(result.summary().totals().discountCost()).isLessThanOrEqualTo(0.3 * cost)
                .isGreaterThan(0.29 * cost);
    }
}
