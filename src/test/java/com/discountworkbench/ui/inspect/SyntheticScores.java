package com.discountworkbench.ui.inspect;

import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Scores of many made-up customers without a model, for table tests: random responses at 0–30 %. */
final class SyntheticScores {
    static final List<TreatmentLevel> LEVELS = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.1),
            TreatmentLevel.discount(0.2), TreatmentLevel.discount(0.3));
    static final List<String> DEVICES = List.of("mobile", "desktop", "tablet");

    private SyntheticScores() {
    }

    static CustomerScores of(int customers, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int levels = LEVELS.size();
        float[] probability = new float[customers * levels];
        float[] spend = new float[customers * levels];
        float[] observed = new float[customers];
        int[] rows = new int[customers];
        String[] ids = new String[customers];
        int[] devices = new int[customers];
        for (int i = 0; i < customers; i++) {
            float base = (float) random.nextDouble(0.02, 0.6);
            float lift = (float) random.nextDouble(0, 0.5);
            for (int k = 0; k < levels; k++) {
                probability[i * levels + k] = Math.min(1f, base + lift * k / levels);
                spend[i * levels + k] = (float) random.nextDouble(20, 120);
            }
            observed[i] = probability[i * levels + random.nextInt(levels)];
            rows[i] = i;
            ids[i] = String.format(Locale.ROOT, "C%06d", customers - i);
            devices[i] = random.nextInt(DEVICES.size());
        }
        PolicyProblem problem = new PolicyProblem(new ResponseMatrix(LEVELS, customers, probability, spend),
                OfferGrid.of(LEVELS), CustomerEconomics.uniformMargin(customers, 0.4));
        return new CustomerScores(null, null, rows, ids, SortedRows.ranks(ids), observed, problem,
                new PolicyOptimizer().optimize(problem, PolicyConstraints.none()), MarginSource.uniform(0.4),
                List.of(new SegmentColumn("device", DEVICES, devices)));
    }
}
