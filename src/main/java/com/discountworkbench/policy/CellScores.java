package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.task.TaskMonitor;
import java.util.Arrays;
import java.util.Map;

/**
 * The objective value of every allowed (customer, level) cell, negative infinity where a constraint
 * forbids the level, plus each cell's expected discount cost when a budget applies. Flat float arrays
 * indexed like {@link ResponseMatrix}; built once per optimization (or per chunk of customers) and scanned
 * many times by the budget search. The baseline level is always allowed: not discounting is always possible.
 */
final class CellScores implements CellTable {
    private static final int CHUNK = 65_536;

    final int customers;
    final int levels;
    final int baseline;
    final float[] objective;
    final float[] discountCost;

    private CellScores(int customers, int levels, int baseline, float[] objective, float[] discountCost) {
        this.customers = customers;
        this.levels = levels;
        this.baseline = baseline;
        this.objective = objective;
        this.discountCost = discountCost;
    }

    static CellScores build(PolicyProblem problem, PolicyConstraints constraints, TaskMonitor monitor) {
        int n = problem.customers();
        int levels = problem.levels();
        int baseline = problem.baselineLevel();
        double[] allowedRateBySegment = allowedRates(problem, constraints);
        double minMargin = constraints.minMargin() == null ? Double.NEGATIVE_INFINITY : constraints.minMargin();
        double floor = constraints.effectiveProfitFloor();
        Objective objective = constraints.objective();
        float[] scores = new float[n * levels];
        float[] costs = constraints.budget() == null ? null : new float[n * levels];
        for (int i = 0; i < n; i++) {
            if (i % CHUNK == 0) {
                monitor.checkCancelled();
            }
            double allowedRate = allowedRateBySegment[problem.segments().code(i)];
            int base = i * levels;
            for (int k = 0; k < levels; k++) {
                double profit = problem.profit(i, k);
                boolean allowed = k == baseline
                        || problem.discountRate(k) <= allowedRate
                        && problem.marginAfterDiscount(i, k) >= minMargin
                        && profit >= floor;
                scores[base + k] = allowed ? (float) value(problem, objective, i, k, profit) : Float.NEGATIVE_INFINITY;
                if (costs != null) {
                    costs[base + k] = (float) problem.discountCost(i, k);
                }
            }
        }
        return new CellScores(n, levels, baseline, scores, costs);
    }

    private static double value(PolicyProblem problem, Objective objective, int customer, int level, double profit) {
        return switch (objective) {
            case PROFIT -> profit;
            case REVENUE -> problem.revenue(customer, level);
            case CONVERSIONS -> problem.probability(customer, level);
        };
    }

    /** The highest discount rate allowed in each segment. */
    private static double[] allowedRates(PolicyProblem problem, PolicyConstraints constraints) {
        double global = constraints.maxDiscount() == null ? Double.POSITIVE_INFINITY : constraints.maxDiscount();
        double[] rates = new double[problem.segments().count()];
        Arrays.fill(rates, global);
        for (Map.Entry<String, Double> cap : constraints.segmentMaxDiscount().entrySet()) {
            int code = problem.segments().names().indexOf(cap.getKey());
            if (code < 0) {
                throw new DataException("There is no segment '" + cap.getKey() + "'. Segments are: "
                        + String.join(", ", problem.segments().names()));
            }
            rates[code] = Math.min(global, cap.getValue());
        }
        return rates;
    }

    @Override
    public int customers() {
        return customers;
    }

    @Override
    public int levels() {
        return levels;
    }

    @Override
    public int baseline() {
        return baseline;
    }

    @Override
    public void scan(Block visitor) {
        visitor.visit(0, customers, objective, discountCost);
    }
}
