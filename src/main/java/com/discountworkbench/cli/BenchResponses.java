package com.discountworkbench.cli;

import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Segments;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic responses for the policy benchmark: heterogeneous customers whose P(buy) rises with
 * the discount at their own pace and saturates (some barely react, some a lot), whose baskets grow a
 * little with the discount, with model-like noise so curves are not perfectly smooth, and with margins
 * between 25 % and 55 %.
 */
final class BenchResponses {
    private BenchResponses() {
    }

    static List<TreatmentLevel> grid(int levels, double step) {
        List<TreatmentLevel> grid = new ArrayList<>(levels);
        for (int k = 0; k < levels; k++) {
            grid.add(TreatmentLevel.discount(Math.round(k * step * 1000) / 1000.0));
        }
        return grid;
    }

    static PolicyProblem problem(int customers, List<TreatmentLevel> grid, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int levels = grid.size();
        float[] probability = new float[customers * levels];
        float[] spend = new float[customers * levels];
        float[] costRatio = new float[customers];
        int[] segment = new int[customers];
        for (int i = 0; i < customers; i++) {
            double baseLogit = -2.2 + 0.9 * random.nextGaussian();
            double sensitivity = Math.exp(0.8 + 0.9 * random.nextGaussian());
            double halfSaturation = 0.05 + 0.2 * random.nextDouble();
            double basket = Math.exp(4.2 + 0.6 * random.nextGaussian());
            double basketGrowth = 1.5 * random.nextDouble();
            costRatio[i] = (float) (0.45 + 0.3 * random.nextDouble());
            segment[i] = (basket > 90 ? 2 : 0) + (sensitivity > 2.2 ? 1 : 0);
            for (int k = 0; k < levels; k++) {
                double d = grid.get(k).rate();
                double logit = baseLogit + sensitivity * d / (d + halfSaturation) + 0.05 * random.nextGaussian();
                probability[i * levels + k] = (float) (1 / (1 + Math.exp(-logit)));
                spend[i * levels + k] = (float) (basket * (1 - d) * (1 + basketGrowth * d));
            }
        }
        ResponseMatrix responses = new ResponseMatrix(grid, customers, probability, spend);
        return new PolicyProblem(responses, OfferGrid.of(grid), CustomerEconomics.ofCostRatios(costRatio),
                new Segments(segment, List.of("small basket, calm", "small basket, keen",
                        "large basket, calm", "large basket, keen")));
    }
}
