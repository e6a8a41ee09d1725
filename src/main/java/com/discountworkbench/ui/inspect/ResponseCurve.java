package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;

/**
 * One customer's response to the discount: P(buy) and expected profit at each level the model was trained on and,
 * for a discount-rate treatment, on a fine grid from 0 to the largest trained rate in 1 % steps (the customer is
 * scored again at those rates, so the curve shows what the model does between the levels it saw).
 *
 * @param customer the customer's index in the scores
 * @param levels   one point per trained level, in grid order
 * @param curve    the fine grid for a rate treatment; the trained levels again for named offers
 */
public record ResponseCurve(int customer, List<Point> levels, List<Point> curve) {
    static final double STEP = 0.01;

    /**
     * @param label       the level's name ("0.15", "Mens E-Mail")
     * @param rate        the discount rate (a named offer's rate from the economics)
     * @param probability P(buy)
     * @param profit      expected profit, P · v · (1 − d − c) − f
     */
    public record Point(String label, double rate, double probability, double profit) {
    }

    public ResponseCurve {
        levels = List.copyOf(levels);
        curve = List.copyOf(curve);
    }

    public static ResponseCurve compute(CustomerScores scores, int customer, TaskMonitor monitor) {
        PolicyProblem problem = scores.problem();
        List<Point> levels = points(problem, customer);
        boolean rates = problem.offers().levels().stream().noneMatch(TreatmentLevel::isNamed);
        if (!rates) {
            return new ResponseCurve(customer, levels, levels);
        }
        List<TreatmentLevel> fine = fineGrid(problem.offers().levels());
        Dataset one = scores.data().select(new int[] {scores.dataRows()[customer]});
        ResponseMatrix responses = ResponseScorer.score(scores.model(), one, fine, monitor);
        CustomerEconomics economics = CustomerEconomics.ofCostRatios(
                new float[] {problem.customerEconomics().costRatio(customer)});
        return new ResponseCurve(customer, levels,
                points(new PolicyProblem(responses, OfferGrid.of(fine), economics), 0));
    }

    /** 0 to the largest trained rate in 1 % steps, ending exactly on it. */
    static List<TreatmentLevel> fineGrid(List<TreatmentLevel> trained) {
        double max = trained.stream().mapToDouble(TreatmentLevel::rate).max().orElse(0);
        List<TreatmentLevel> grid = new ArrayList<>();
        int steps = (int) Math.floor(max / STEP + 1e-9);
        for (int step = 0; step <= steps; step++) {
            grid.add(TreatmentLevel.discount(Math.round(step * STEP * 1e6) / 1e6));
        }
        if (max - steps * STEP > 1e-9) {
            grid.add(TreatmentLevel.discount(max));
        }
        return grid;
    }

    private static List<Point> points(PolicyProblem problem, int customer) {
        List<Point> points = new ArrayList<>(problem.levels());
        for (int k = 0; k < problem.levels(); k++) {
            points.add(new Point(problem.offers().level(k).name(), problem.discountRate(k),
                    problem.probability(customer, k), problem.profit(customer, k)));
        }
        return points;
    }
}
