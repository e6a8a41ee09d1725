package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.FittedColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A campaign's outcomes matched to customers the model can score. Each customer's features come from the outcomes
 * file itself when it has every feature column of the model, otherwise from the customer data, looked up by id.
 * Entry i of every array is matched customer i.
 *
 * @param features          the matched customers' rows with the model's feature columns, in outcome order
 * @param ids               their ids as written in the outcomes file
 * @param grid              the treatments offered in the campaign
 * @param offered           per customer, the index in {@code grid} of the treatment they were sent
 * @param bought            per customer, whether they bought
 * @param spend             per customer, what they paid (0 for non-buyers)
 * @param holdout           per customer, whether they were in the control group; all false without such a column
 * @param hasHoldoutColumn  whether the file marks a control group
 * @param outcomeRows       how many data rows the outcomes file has
 * @param unmatchedExamples ids of a few outcome rows without a customer (not in the data, or dropped by the model)
 * @param unmatched         how many outcome rows have no customer
 * @param columns           which columns were read
 */
public record CampaignOutcomes(Dataset features, String[] ids, List<TreatmentLevel> grid, int[] offered,
                              boolean[] bought, double[] spend, boolean[] holdout, boolean hasHoldoutColumn,
                              int outcomeRows, int unmatched, List<String> unmatchedExamples, OutcomeColumns columns) {
    private static final int EXAMPLES = 5;

    public CampaignOutcomes {
        grid = List.copyOf(grid);
        unmatchedExamples = List.copyOf(unmatchedExamples);
    }

    /**
     * @param history the customer data the model was trained on; may be null when the outcomes file carries the
     *                features itself
     */
    public static CampaignOutcomes match(FittedPreprocessor prep, Dataset outcomes, Dataset history,
                                         TaskMonitor monitor) {
        if (!prep.hasTreatment()) {
            throw new DataException("The model was trained without a treatment column, so there is nothing to "
                    + "compare the campaign's offers with. Retrain it with the discount or offer column.");
        }
        OutcomeColumns columns = OutcomeColumns.detect(outcomes, prep);
        Column idColumn = outcomes.column(columns.id());
        boolean ownFeatures = prep.columns().stream().map(FittedColumn::column)
                .allMatch(name -> outcomes.find(name).isPresent());
        Dataset source = ownFeatures ? outcomes : requireHistory(history, outcomes);
        Map<String, Integer> sourceRows = ownFeatures ? null : rowsById(prep, history);
        boolean[] scorable = scorableRows(prep, source);
        List<Integer> matchedOutcomes = new ArrayList<>();
        List<Integer> matchedSource = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            if (row % 65_536 == 0) {
                monitor.checkCancelled();
            }
            String id = idColumn.display(row).strip();
            Integer sourceRow = ownFeatures ? Integer.valueOf(row) : sourceRows.get(id);
            if (sourceRow != null && scorable[sourceRow]) {
                matchedOutcomes.add(row);
                matchedSource.add(sourceRow);
            } else if (examples.size() < EXAMPLES) {
                examples.add(id);
            }
        }
        if (matchedOutcomes.isEmpty()) {
            throw new DataException("None of the " + outcomes.rowCount() + " outcomes matches a customer of the data"
                    + (examples.isEmpty() ? "" : " (ids such as " + String.join(", ", examples) + ")")
                    + ". Check that the outcomes file uses the same customer ids as the data.",
                    outcomes.source().file(), -1, columns.id(), null);
        }
        int[] rows = matchedOutcomes.stream().mapToInt(Integer::intValue).toArray();
        OfferedTreatments treatments = OfferedTreatments.read(prep, outcomes.column(columns.offered()), rows);
        Column bought = outcomes.column(columns.bought());
        Column spend = outcomes.column(columns.spend());
        Optional<Column> holdout = Optional.ofNullable(columns.holdout()).map(outcomes::column);
        int n = rows.length;
        String[] ids = new String[n];
        boolean[] boughtFlags = new boolean[n];
        double[] paid = new double[n];
        boolean[] control = new boolean[n];
        for (int i = 0; i < n; i++) {
            ids[i] = idColumn.display(rows[i]).strip();
            boughtFlags[i] = OutcomeValues.bought(bought, rows[i]);
            paid[i] = boughtFlags[i] ? OutcomeValues.spend(spend, rows[i]) : 0;
            control[i] = holdout.isPresent() && OutcomeValues.holdout(holdout.get(), rows[i]);
        }
        Dataset features = source.select(matchedSource.stream().mapToInt(Integer::intValue).toArray());
        return new CampaignOutcomes(features, ids, treatments.grid(), treatments.indices(), boughtFlags, paid,
                control, holdout.isPresent(), outcomes.rowCount(), outcomes.rowCount() - n, examples, columns);
    }

    public int customers() {
        return offered.length;
    }

    private static Dataset requireHistory(Dataset history, Dataset outcomes) {
        if (history == null) {
            throw new DataException("The outcomes file does not have the customers' feature columns, and no "
                    + "customer data is loaded to look them up by id. Load the customer data first.",
                    outcomes.source().file(), -1, null, null);
        }
        return history;
    }

    /** The data's rows by customer id (its id column, else 1-based numbers of the rows the model keeps). */
    private static Map<String, Integer> rowsById(FittedPreprocessor prep, Dataset history) {
        Optional<Column> idColumn = Optional.ofNullable(prep.idColumn()).flatMap(history::find)
                .or(() -> history.columnWithRole(ColumnRole.ID));
        Map<String, Integer> rows = new HashMap<>();
        if (idColumn.isPresent()) {
            for (int row = 0; row < history.rowCount(); row++) {
                rows.putIfAbsent(idColumn.get().display(row).strip(), row);
            }
        } else {
            int[] kept = prep.keptRows(history);
            for (int i = 0; i < kept.length; i++) {
                rows.put(Integer.toString(i + 1), kept[i]);
            }
        }
        return rows;
    }

    private static boolean[] scorableRows(FittedPreprocessor prep, Dataset source) {
        boolean[] scorable = new boolean[source.rowCount()];
        for (int row : prep.keptRows(source)) {
            scorable[row] = true;
        }
        return scorable;
    }
}
