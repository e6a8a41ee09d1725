package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.session.WorkbenchSession;
import java.util.Arrays;
import java.util.Optional;

/**
 * Scores every customer for the Inspect step (core work, run in the background): the responses at the model's
 * treatment levels, P(buy) at the observed treatment, the economics, and the unconstrained best level.
 * Builds the {@link PolicyProblem} from the engine's classes directly: offers at their own rates without fixed
 * costs, measured against the model's no-treatment level.
 */
public final class CustomerScoring {
    /** Rows scored at a time at the observed treatment, as in {@link ResponseScorer}: keeps feature memory flat. */
    private static final int BLOCK_ROWS = 65_536;

    private CustomerScoring() {
    }

    public static CustomerScores score(DiscountModel model, Dataset data, TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        int[] rows = prep.keptRows(data);
        ResponseMatrix responses = ResponseScorer.score(model, data, prep.treatmentLevels(), monitor);
        float[] observed = observedTreatmentColumn(model, data).isPresent()
                ? observedProbabilities(model, data, rows, monitor) : null;
        monitor.progress(-1, "Finding the most profitable discount per customer");
        boolean marginFromColumn = prep.marginColumn() != null && data.find(prep.marginColumn()).isPresent();
        CustomerEconomics economics = CustomerEconomics.ofCostRatios(
                prep.costRatios(data, WorkbenchSession.DEFAULT_MARGIN_RATE));
        OfferGrid offers = OfferGrid.of(prep.treatmentLevels()).withBaseline(prep.noTreatmentLevel().name());
        PolicyProblem problem = new PolicyProblem(responses, offers, economics);
        PolicyResult best = new PolicyOptimizer().optimize(problem, PolicyConstraints.none(), monitor);
        String[] ids = ids(data, prep, rows);
        return new CustomerScores(model, data, rows, ids, SortedRows.ranks(ids), observed, problem, best,
                marginFromColumn, WorkbenchSession.DEFAULT_MARGIN_RATE, SegmentColumn.of(data, rows));
    }

    /** The data's column holding the treatment each customer got, when the file has it. */
    static Optional<Column> observedTreatmentColumn(DiscountModel model, Dataset data) {
        FittedPreprocessor prep = model.preprocessing();
        if (!prep.hasTreatment()) {
            return Optional.empty();
        }
        return data.find(prep.treatment().column());
    }

    private static float[] observedProbabilities(DiscountModel model, Dataset data, int[] rows, TaskMonitor monitor) {
        float[] probability = new float[rows.length];
        for (int start = 0; start < rows.length; start += BLOCK_ROWS) {
            monitor.checkCancelled();
            monitor.progress((double) start / rows.length, "Scoring the offers customers actually got");
            int end = Math.min(rows.length, start + BLOCK_ROWS);
            Dataset block = data.select(Arrays.copyOfRange(rows, start, end));
            float[] scored = model.purchaseProbability(model.preprocessing().features(block));
            System.arraycopy(scored, 0, probability, start, scored.length);
        }
        return probability;
    }

    /** The id column of the model (or the one column with the ID role); else 1-based row numbers. */
    static String[] ids(Dataset data, FittedPreprocessor prep, int[] rows) {
        Optional<Column> idColumn = Optional.ofNullable(prep.idColumn()).flatMap(data::find)
                .or(() -> data.columnWithRole(ColumnRole.ID));
        String[] ids = new String[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = idColumn.isPresent() ? idColumn.get().display(rows[i]) : Integer.toString(rows[i] + 1);
        }
        return ids;
    }
}
