package com.discountworkbench.policy;

import com.discountworkbench.task.TaskMonitor;

/**
 * Chooses levels under a total discount budget B (Σ expected discount cost ≤ B) without truncating the
 * unconstrained answer. Lagrangian relaxation: for a price λ ≥ 0 on budget, every customer independently
 * takes the level maximizing objective − λ · discount cost; total cost falls as λ rises, so bisection on
 * λ finds the smallest price whose choice fits the budget. Customers whose choices flip at that price
 * leave some budget unused; a greedy fill then spends it: each customer's best upgrade (more objective for
 * more cost, fitting in what is left) is ranked by extra objective per unit of extra cost and applied in
 * that order while the budget lasts, repeated while a pass still finds an upgrade that fits.
 *
 * <p>Every step reads the cells front to back ({@link CellTable#scan}), so the cells may live in a file. The
 * ranking of a fill pass keeps at most {@code batchLimit} candidates in memory: when there are more, the pass
 * takes them in batches of the best remaining ones (each batch one more scan), which applies exactly the same
 * upgrades in the same order as ranking all of them at once.
 */
public final class BudgetSolver {
    private static final int MAX_DOUBLINGS = 60;
    private static final int MAX_BISECTIONS = 60;
    private static final double RELATIVE_TOLERANCE = 1e-7;

    private BudgetSolver() {
    }

    /** @param choice receives each customer's level */
    public static BudgetOutcome solve(CellTable cells, double budget, Choices choice, int batchLimit,
                                      TaskMonitor monitor) {
        double spent = choose(cells, 0, choice);
        if (spent <= budget) {
            return new BudgetOutcome(budget, spent, 0, false, true);
        }
        double low = 0;
        double high = 1;
        int doublings = 0;
        while (choose(cells, high, choice) > budget) {
            monitor.checkCancelled();
            if (++doublings > MAX_DOUBLINGS) {
                return new BudgetOutcome(budget, totalCost(cells, choice), high, true, false);
            }
            low = high;
            high *= 2;
        }
        for (int step = 0; step < MAX_BISECTIONS && high - low > RELATIVE_TOLERANCE * high; step++) {
            monitor.checkCancelled();
            monitor.progress((double) step / MAX_BISECTIONS, "Fitting the discount budget");
            double middle = (low + high) / 2;
            if (choose(cells, middle, choice) > budget) {
                low = middle;
            } else {
                high = middle;
            }
        }
        choose(cells, high, choice);
        int capacity = Math.max(1, Math.min(batchLimit, cells.customers()));
        UpgradeCandidates candidates = new UpgradeCandidates(capacity);
        // Each pass may leave room for a customer's next step up; every pass raises the objective, and a
        // customer can step up at most levels − 1 times.
        for (int pass = 1; pass < cells.levels(); pass++) {
            monitor.checkCancelled();
            if (!fillLeftover(cells, choice, budget - totalCost(cells, choice), candidates)) {
                break;
            }
        }
        return new BudgetOutcome(budget, totalCost(cells, choice), high, true, true);
    }

    /**
     * Gives each customer the level maximizing objective − λ · discount cost (ties go to the baseline, then to
     * the earlier level) and returns the total expected discount cost of that choice (0 without costs).
     */
    static double choose(CellTable cells, double lambda, Choices choice) {
        int levels = cells.levels();
        int baseline = cells.baseline();
        double[] total = {0};
        cells.scan((first, count, objective, cost) -> {
            double sum = total[0];
            for (int j = 0; j < count; j++) {
                int base = j * levels;
                int best = baseline;
                double bestScore = score(objective, cost, base + baseline, lambda);
                for (int k = 0; k < levels; k++) {
                    double s = score(objective, cost, base + k, lambda);
                    if (s > bestScore) {
                        bestScore = s;
                        best = k;
                    }
                }
                choice.set(first + j, best);
                if (cost != null) {
                    sum += cost[base + best];
                }
            }
            total[0] = sum;
        });
        return total[0];
    }

    private static double score(float[] objective, float[] cost, int cell, double lambda) {
        return lambda == 0 ? objective[cell] : objective[cell] - lambda * cost[cell];
    }

    /** Total expected discount cost of a choice. */
    private static double totalCost(CellTable cells, Choices choice) {
        int levels = cells.levels();
        double[] total = {0};
        cells.scan((first, count, objective, cost) -> {
            double sum = total[0];
            for (int j = 0; j < count; j++) {
                sum += cost[j * levels + choice.level(first + j)];
            }
            total[0] = sum;
        });
        return total[0];
    }

    /**
     * Spends the leftover budget on the upgrades with the most extra objective per unit of extra cost, best
     * first, batch by batch; returns whether any customer was upgraded. Candidates are ranked with the leftover
     * and the choices of the start of the pass, as if all were ranked at once.
     */
    private static boolean fillLeftover(CellTable cells, Choices choice, double leftoverAtStart,
                                        UpgradeCandidates candidates) {
        double leftover = leftoverAtStart;
        long below = Long.MAX_VALUE;
        boolean upgraded = false;
        boolean more = true;
        while (more && leftover > 0) {
            rank(cells, choice, leftoverAtStart, below, candidates);
            if (candidates.size() == 0) {
                break;
            }
            more = candidates.size() == candidates.capacity();
            candidates.sortBestFirst();
            for (int r = 0; r < candidates.size() && leftover > 0; r++) {
                double extraCost = candidates.extraCost(r);
                if (extraCost <= leftover) {
                    choice.upgrade((int) candidates.key(r), candidates.level(r));
                    leftover -= extraCost;
                    upgraded = true;
                }
            }
            below = candidates.key(candidates.size() - 1);
        }
        if (upgraded) {
            choice.clearMarks();
        }
        return upgraded;
    }

    /** Keeps the best-ranked upgrades whose rank key is below {@code below} (those above were batches before). */
    private static void rank(CellTable cells, Choices choice, double leftover, long below,
                             UpgradeCandidates candidates) {
        candidates.clear();
        int levels = cells.levels();
        cells.scan((first, count, objective, cost) -> {
            for (int j = 0; j < count; j++) {
                int customer = first + j;
                if (choice.upgraded(customer)) {
                    continue;
                }
                int base = j * levels;
                float currentValue = objective[base + choice.level(customer)];
                float currentCost = cost[base + choice.level(customer)];
                double bestRatio = 0;
                int upgrade = -1;
                double upgradeCost = 0;
                for (int k = 0; k < levels; k++) {
                    double extraValue = (double) objective[base + k] - currentValue;
                    double extraCost = (double) cost[base + k] - currentCost;
                    if (extraValue > 0 && extraCost > 0 && extraCost <= leftover
                            && extraValue / extraCost > bestRatio) {
                        bestRatio = extraValue / extraCost;
                        upgrade = k;
                        upgradeCost = extraCost;
                    }
                }
                if (bestRatio > 0) {
                    // A positive float's bits order like the float: rank by ratio, customer in the low half.
                    long key = (long) Float.floatToIntBits((float) bestRatio) << 32 | customer;
                    if (key < below) {
                        candidates.offer(key, upgrade, upgradeCost);
                    }
                }
            }
        });
    }
}
