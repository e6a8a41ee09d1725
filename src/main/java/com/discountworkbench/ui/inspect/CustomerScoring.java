package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * Scores every customer for the Inspect step (core work, run in the background): the responses at the model's
 * treatment levels, the economics as the Simulate step starts from them ({@link PolicyCustomers}: the model's margin
 * column, else one default rate), P(buy) at the treatment each customer got, and the unconstrained best level.
 */
public final class CustomerScoring {

    private CustomerScoring() {
    }

    public static CustomerScores score(DiscountModel model, Dataset data, TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        List<TreatmentLevel> levels = prep.treatmentLevels();
        ResponseMatrix responses = ResponseScorer.score(model, data, levels, monitor);
        monitor.progress(-1, "Finding the most profitable discount per customer");
        PolicyCustomers customers = PolicyCustomers.of(model, data);
        MarginSource margin = customers.defaultMarginSource();
        OfferGrid offers = OfferGrid.of(levels).withBaseline(prep.noTreatmentLevel().name());
        PolicyProblem problem = customers.problem(responses, offers, margin, null);
        PolicyResult best = new PolicyOptimizer().optimize(problem, PolicyConstraints.none(), monitor);
        int[] rows = prep.keptRows(data);
        String[] ids = ids(customers);
        return new CustomerScores(model, data, rows, ids, SortedRows.ranks(ids), observed(prep, data, problem),
                problem, best, margin, SegmentColumn.of(data, rows));
    }

    /**
     * P(buy) at the level each customer got, read from the responses: the observed treatment is one of the model's
     * levels unless the file holds other rates (NaN there). Null when the file has no treatment column.
     */
    private static float[] observed(FittedPreprocessor prep, Dataset data, PolicyProblem problem) {
        if (!prep.hasTreatment() || data.find(prep.treatment().column()).isEmpty()) {
            return null;
        }
        int[] levels = prep.observedLevels(data, problem.offers().levels());
        float[] probability = new float[levels.length];
        for (int i = 0; i < levels.length; i++) {
            probability[i] = levels[i] < 0 ? Float.NaN : (float) problem.probability(i, levels[i]);
        }
        return probability;
    }

    /** The ids the exports write: the model's id column, else each customer's 1-based number. */
    private static String[] ids(PolicyCustomers customers) {
        Column column = customers.ids();
        String[] ids = new String[customers.customers()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = column == null ? Integer.toString(i + 1) : column.display(i);
        }
        return ids;
    }
}
