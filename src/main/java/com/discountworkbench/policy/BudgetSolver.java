package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;
import java.util.Arrays;

/**
 * Chooses levels under a total discount budget B (Σ expected discount cost ≤ B) without truncating the
 * unconstrained answer. Lagrangian relaxation: for a price λ ≥ 0 on budget, every customer independently
 * takes the level maximizing objective − λ · discount cost; total cost falls as λ rises, so bisection on
 * λ finds the smallest price whose choice fits the budget. Customers whose choices flip at that price
 * leave some budget unused; a greedy fill then spends it: each customer's best upgrade (more objective for
 * more cost, fitting in what is left) is ranked by extra objective per unit of extra cost and applied in
 * that order while the budget lasts, repeated while a pass still finds an upgrade that fits.
 */
final class BudgetSolver {
    private static final int MAX_DOUBLINGS = 60;
    private static final int MAX_BISECTIONS = 60;
    private static final double RELATIVE_TOLERANCE = 1e-7;

    private BudgetSolver() {
    }

    static BudgetOutcome solve(CellScores cells, double budget, int[] choice, TaskMonitor monitor) {
        double spent = cells.choose(0, choice);
        if (spent <= budget) {
            return new BudgetOutcome(budget, spent, 0, false, true);
        }
        double low = 0;
        double high = 1;
        int doublings = 0;
        while (cells.choose(high, choice) > budget) {
            monitor.checkCancelled();
            if (++doublings > MAX_DOUBLINGS) {
                return new BudgetOutcome(budget, cells.totalCost(choice), high, true, false);
            }
            low = high;
            high *= 2;
        }
        for (int step = 0; step < MAX_BISECTIONS && high - low > RELATIVE_TOLERANCE * high; step++) {
            monitor.checkCancelled();
            monitor.progress((double) step / MAX_BISECTIONS, "Fitting the discount budget");
            double middle = (low + high) / 2;
            if (cells.choose(middle, choice) > budget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        cells.choose(high, choice);
        // Each pass may leave room for a customer's next step up; every pass raises the objective, and a
        // customer can step up at most levels − 1 times.
        for (int pass = 1; pass < cells.levels; pass++) {
            if (!fillLeftover(cells, choice, budget - cells.totalCost(choice))) {
                break;
            }
        }
        return new BudgetOutcome(budget, cells.totalCost(choice), high, true, true);
    }

    /**
     * Spends the leftover budget on the upgrades with the most extra objective per unit of extra cost;
     * returns whether any customer was upgraded.
     */
    private static boolean fillLeftover(CellScores cells, int[] choice, double leftover) {
        int levels = cells.levels;
        int[] upgrade = new int[cells.customers];
        long[] ranked = new long[cells.customers];
        int candidates = 0;
        for (int i = 0; i < cells.customers; i++) {
            int base = i * levels;
            float currentValue = cells.objective[base + choice[i]];
            float currentCost = cells.discountCost[base + choice[i]];
            double bestRatio = 0;
            for (int k = 0; k < levels; k++) {
                double extraValue = (double) cells.objective[base + k] - currentValue;
                double extraCost = (double) cells.discountCost[base + k] - currentCost;
                if (extraValue > 0 && extraCost > 0 && extraCost <= leftover && extraValue / extraCost > bestRatio) {
                    bestRatio = extraValue / extraCost;
                    upgrade[i] = k;
                }
            }
            if (bestRatio > 0) {
                // A positive float's bits order like the float: sort by ratio, customer in the low half.
                ranked[candidates++] = (long) Float.floatToIntBits((float) bestRatio) << 32 | i;
            }
        }
        Arrays.sort(ranked, 0, candidates);
        boolean upgraded = false;
        for (int r = candidates - 1; r >= 0 && leftover > 0; r--) {
            int i = (int) ranked[r];
            int base = i * levels;
            double extraCost = (double) cells.discountCost[base + upgrade[i]] - cells.discountCost[base + choice[i]];
            if (extraCost <= leftover) {
                choice[i] = upgrade[i];
                leftover -= extraCost;
                upgraded = true;
            }
        }
        return upgraded;
    }
}
