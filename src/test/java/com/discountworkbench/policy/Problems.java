package com.discountworkbench.policy;

import com.discountworkbench.prep.TreatmentLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Small policy problems for tests: written out by hand, or random with heterogeneous curves. */
final class Problems {
    private Problems() {
    }

    static List<TreatmentLevel> grid(double... rates) {
        List<TreatmentLevel> levels = new ArrayList<>();
        for (double rate : rates) {
            levels.add(TreatmentLevel.discount(rate));
        }
        return levels;
    }

    /** One row of {@code probability} and {@code spend} per customer, everyone with the same margin rate. */
    static PolicyProblem of(double[] rates, float[][] probability, float[][] spend, double marginRate) {
        int customers = probability.length;
        int levels = rates.length;
        float[] p = new float[customers * levels];
        float[] s = new float[customers * levels];
        for (int i = 0; i < customers; i++) {
            System.arraycopy(probability[i], 0, p, i * levels, levels);
            System.arraycopy(spend[i], 0, s, i * levels, levels);
        }
        List<TreatmentLevel> grid = grid(rates);
        return new PolicyProblem(new ResponseMatrix(grid, customers, p, s), OfferGrid.of(grid),
                CustomerEconomics.uniformMargin(customers, marginRate));
    }

    /**
     * Customers whose P(buy) rises with the discount at their own pace, baskets that grow a little,
     * margins between 25 % and 55 %, and two segments "A" and "B".
     */
    static PolicyProblem random(int customers, double[] rates, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int levels = rates.length;
        float[] p = new float[customers * levels];
        float[] s = new float[customers * levels];
        float[] costRatio = new float[customers];
        int[] segment = new int[customers];
        for (int i = 0; i < customers; i++) {
            double base = -2 + random.nextGaussian();
            double sensitivity = Math.exp(0.2 + 1.2 * random.nextGaussian());
            double basket = 40 + 100 * random.nextDouble();
            costRatio[i] = (float) (0.45 + 0.3 * random.nextDouble());
            segment[i] = random.nextInt(2);
            for (int k = 0; k < levels; k++) {
                double logit = base + sensitivity * rates[k] / (rates[k] + 0.1);
                p[i * levels + k] = (float) (1 / (1 + Math.exp(-logit)));
                s[i * levels + k] = (float) (basket * (1 - rates[k]) * (1 + 0.5 * rates[k]));
            }
        }
        List<TreatmentLevel> grid = grid(rates);
        return new PolicyProblem(new ResponseMatrix(grid, customers, p, s), OfferGrid.of(grid),
                CustomerEconomics.ofCostRatios(costRatio), new Segments(segment, List.of("A", "B")));
    }

    static final double[] RATES = {0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30};
}
