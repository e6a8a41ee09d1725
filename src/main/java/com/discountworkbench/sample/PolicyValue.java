package com.discountworkbench.sample;

import java.util.List;

/**
 * True expected profit of discount policies on a set of sample customers, from {@link TrueResponse}: the
 * yardstick for learned policies ("captures X % of the best possible incremental profit over no discount").
 * A policy is one discount rate per customer, in the order of the customer list.
 */
public final class PolicyValue {
    private final List<SampleCustomer> customers;
    private final double fixedCostPerOffer;

    /** @param fixedCostPerOffer f in the Economics formula, charged once per customer */
    public PolicyValue(List<SampleCustomer> customers, double fixedCostPerOffer) {
        if (!(fixedCostPerOffer >= 0)) {
            throw new IllegalArgumentException("Fixed cost per offer cannot be negative: " + fixedCostPerOffer);
        }
        this.customers = List.copyOf(customers);
        this.fixedCostPerOffer = fixedCostPerOffer;
    }

    public int customerCount() {
        return customers.size();
    }

    /** Total true expected profit of giving customer i the discount {@code discounts[i]}. */
    public double profit(double[] discounts) {
        requirePolicySize(discounts);
        double total = 0;
        for (int i = 0; i < discounts.length; i++) {
            total += TrueResponse.trueExpectedProfit(customers.get(i), discounts[i], fixedCostPerOffer);
        }
        return total;
    }

    /** Total true expected profit of one discount for everyone. */
    public double uniformProfit(double discount) {
        double total = 0;
        for (SampleCustomer customer : customers) {
            total += TrueResponse.trueExpectedProfit(customer, discount, fixedCostPerOffer);
        }
        return total;
    }

    public double noDiscountProfit() {
        return uniformProfit(0);
    }

    /** Total expected number of buyers under the policy. */
    public double expectedConversions(double[] discounts) {
        requirePolicySize(discounts);
        double total = 0;
        for (int i = 0; i < discounts.length; i++) {
            total += TrueResponse.purchaseProbability(customers.get(i), discounts[i]);
        }
        return total;
    }

    /** The best possible policy on the grid without constraints. */
    public double[] bestPolicy(double[] grid) {
        return bestPolicy(grid, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    /**
     * For each customer, the grid discount with the highest true expected profit among those allowed: at most
     * {@code maxDiscount}, and leaving a margin after discount (1 − d − c) / (1 − d) of at least
     * {@code minMargin}. A customer for whom no level is allowed gets no discount. Ties go to the smaller
     * discount.
     */
    public double[] bestPolicy(double[] grid, double maxDiscount, double minMargin) {
        if (grid.length == 0) {
            throw new IllegalArgumentException("The discount grid is empty");
        }
        double[] policy = new double[customers.size()];
        for (int i = 0; i < policy.length; i++) {
            SampleCustomer customer = customers.get(i);
            double bestProfit = Double.NEGATIVE_INFINITY;
            for (double discount : grid) {
                double marginAfter = (1 - discount - customer.costRatio()) / (1 - discount);
                if (discount > maxDiscount || marginAfter < minMargin) {
                    continue;
                }
                double profit = TrueResponse.trueExpectedProfit(customer, discount, fixedCostPerOffer);
                if (profit > bestProfit || (profit == bestProfit && discount < policy[i])) {
                    bestProfit = profit;
                    policy[i] = discount;
                }
            }
        }
        return policy;
    }

    /** The single grid discount for everyone with the highest total profit (ties go to the smaller one). */
    public UniformChoice bestUniform(double[] grid) {
        UniformChoice best = null;
        for (double discount : grid) {
            double profit = uniformProfit(discount);
            if (best == null || profit > best.profit() || (profit == best.profit() && discount < best.discount())) {
                best = new UniformChoice(discount, profit);
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("The discount grid is empty");
        }
        return best;
    }

    /** The headline figures on the grid: no discount, best uniform discount, best per-customer policy. */
    public PolicyFigures figures(double[] grid) {
        double[] none = new double[customers.size()];
        double[] best = bestPolicy(grid);
        int[] bestCounts = new int[grid.length];
        for (double discount : best) {
            for (int level = 0; level < grid.length; level++) {
                if (grid[level] == discount) {
                    bestCounts[level]++;
                }
            }
        }
        return new PolicyFigures(customers.size(), fixedCostPerOffer, noDiscountProfit(), bestUniform(grid),
                profit(best), expectedConversions(none), expectedConversions(best), grid.clone(), bestCounts);
    }

    private void requirePolicySize(double[] discounts) {
        if (discounts.length != customers.size()) {
            throw new IllegalArgumentException("The policy has " + discounts.length + " discounts for "
                    + customers.size() + " customers");
        }
    }

    /** A discount for everyone and its total true expected profit. */
    public record UniformChoice(double discount, double profit) {
    }
}
