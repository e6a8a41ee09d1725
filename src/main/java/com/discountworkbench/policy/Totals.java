package com.discountworkbench.policy;

/**
 * Expected totals of a policy (one level per customer) over all customers, in money except conversions.
 *
 * @param customers    number of customers
 * @param conversions  Σ P
 * @param revenue      Σ P · spend
 * @param discountCost Σ P · v · d, what customers are expected not to pay
 * @param costOfGoods  Σ P · v · c
 * @param grossMargin  revenue − cost of goods
 * @param fixedCosts   Σ f over the offers made
 * @param profit       gross margin − fixed costs
 */
public record Totals(long customers, double conversions, double revenue, double discountCost, double costOfGoods,
                     double grossMargin, double fixedCosts, double profit) {

    /** Totals of a policy given as the level index of each customer. */
    public static Totals of(PolicyProblem problem, int[] levels) {
        Accumulator sum = new Accumulator();
        for (int i = 0; i < levels.length; i++) {
            sum.add(problem, i, levels[i]);
        }
        return sum.totals(levels.length);
    }

    /** Totals of giving every customer the same level. */
    public static Totals uniform(PolicyProblem problem, int level) {
        Accumulator sum = new Accumulator();
        for (int i = 0; i < problem.customers(); i++) {
            sum.add(problem, i, level);
        }
        return sum.totals(problem.customers());
    }

    /** Sums a policy's expected figures customer by customer (so customers may come in chunks). */
    public static final class Accumulator {
        private double conversions;
        private double revenue;
        private double discountCost;
        private double costOfGoods;
        private double fixedCosts;

        /** Adds customer {@code customer} of the problem at the given level. */
        public void add(PolicyProblem problem, int customer, int level) {
            conversions += problem.probability(customer, level);
            revenue += problem.revenue(customer, level);
            discountCost += problem.discountCost(customer, level);
            costOfGoods += problem.costOfGoods(customer, level);
            fixedCosts += problem.fixedCost(level);
        }

        public Totals totals(long customers) {
            double grossMargin = revenue - costOfGoods;
            return new Totals(customers, conversions, revenue, discountCost, costOfGoods, grossMargin, fixedCosts,
                    grossMargin - fixedCosts);
        }
    }
}
