package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * A trained model applied to a customer file: the {@link PolicyProblem} the optimizer works on, with what
 * the exports and the history comparisons need beside it. Customer i of the problem is row i of
 * {@link #customers}.
 *
 * @param problem        predicted responses at every grid level, the offers' economics, margins and segments
 * @param customers      the file's rows the model can score (rows the preprocessing drops are left out)
 * @param ids            the customer id column of those rows; null when the file has none (rows are numbered)
 * @param observedLevels per customer, the grid index of the treatment the file records (-1 when missing or
 *                       off the grid); null when the file has no treatment column
 * @param notes          things the analyst should know about how the file was read (dropped rows, extrapolation)
 */
public record PolicyInputs(PolicyProblem problem, Dataset customers, Column ids, int[] observedLevels,
                           List<String> notes) {

    public PolicyInputs {
        notes = List.copyOf(notes);
    }

    /**
     * Checks the settings against the model and the file (before the slow scoring), then scores every
     * customer at every level of the grid.
     */
    public static PolicyInputs prepare(DiscountModel model, Dataset target, PolicySettings settings,
                                       TaskMonitor monitor) {
        CustomerScorer scorer = CustomerScorer.of(model, settings);
        Dataset customers = scorer.kept(target);
        if (customers.rowCount() == 0) {
            throw new DataException(CustomerScorer.NO_CUSTOMERS);
        }
        PolicyChunk scored = scorer.score(customers, monitor);
        FittedPreprocessor prep = model.preprocessing();
        int[] observed = customers.find(prep.treatment().column()).isPresent()
                ? prep.observedLevels(customers, scorer.grid()) : null;
        return new PolicyInputs(scored.problem(), customers, scored.ids(), observed, scorer.notes());
    }

    /** Whether the file records the treatment each customer got. */
    public boolean hasObservedTreatment() {
        return observedLevels != null;
    }
}
