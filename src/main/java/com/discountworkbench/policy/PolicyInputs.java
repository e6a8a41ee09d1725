package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;

/**
 * A trained model applied to a customer file: the {@link PolicyProblem} the optimizer works on, with what
 * the exports and the history comparisons need beside it. Customer i of the problem is scored customer i of
 * {@link #scored}.
 *
 * @param problem        predicted responses at every grid level, the offers' economics, margins and segments
 * @param scored         the file's rows the model can score (rows the preprocessing drops are left out)
 * @param observedLevels per customer, the grid index of the treatment the file records (-1 when missing or
 *                       off the grid); null when the file has no treatment column
 * @param notes          things the analyst should know about how the file was read (dropped rows, extrapolation)
 */
public record PolicyInputs(PolicyProblem problem, PolicyCustomers scored, int[] observedLevels,
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
        PolicyCustomers scored = scorer.customers(target);
        if (scored.customers() == 0) {
            throw new DataException(CustomerScorer.NO_CUSTOMERS);
        }
        PolicyChunk chunk = scorer.score(scored, monitor);
        return new PolicyInputs(chunk.problem(), scored, scored.observedLevels(scorer.grid()), scorer.notes());
    }

    /** The scored rows of the customer file. */
    public Dataset customers() {
        return scored.scoredData();
    }

    /** The customer id column of the scored rows; null when the file has none (rows are numbered). */
    public Column ids() {
        return scored.ids();
    }

    /** Whether the file records the treatment each customer got. */
    public boolean hasObservedTreatment() {
        return observedLevels != null;
    }
}
