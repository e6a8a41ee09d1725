package com.discountworkbench.policy;

import com.discountworkbench.prep.TreatmentLevel;
import java.util.List;

/**
 * The models' predictions for every customer at every treatment level, the input of the optimizer.
 * Entry (customer i, level k) is at index {@code i * levels().size() + k}.
 *
 * @param levels         the treatment grid, in the order of the inner index
 * @param customers      number of customers
 * @param purchaseProbability P(buy | customer, level)
 * @param expectedSpend  expected amount paid by the customer if they buy at that level (net of the discount)
 */
public record ResponseMatrix(List<TreatmentLevel> levels, int customers, float[] purchaseProbability,
                             float[] expectedSpend) {

    public ResponseMatrix {
        levels = List.copyOf(levels);
        long expected = (long) customers * levels.size();
        if (purchaseProbability.length != expected || expectedSpend.length != expected) {
            throw new IllegalArgumentException("Expected " + expected + " responses per array");
        }
    }

    public int levelCount() {
        return levels.size();
    }

    public float probability(int customer, int level) {
        return purchaseProbability[customer * levels.size() + level];
    }

    public float spend(int customer, int level) {
        return expectedSpend[customer * levels.size() + level];
    }
}
