package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The training data grown by a campaign: every row the model learned from, then the campaign's rows
 * ({@link CampaignOutcomes#training()}: features, the treatment sent, whether they bought, what they paid). Retraining
 * on it teaches the model what the campaign showed, the control group's randomized offers most of all.
 */
public final class RetrainingData {

    private RetrainingData() {
    }

    /**
     * @param history  the data the model was trained on; the result has its columns, types and roles
     * @param campaign the campaign rows in the model's training schema; columns the history lacks are left out,
     *                 history columns the campaign lacks are empty in its rows
     */
    public static Dataset merge(Dataset history, Dataset campaign) {
        List<Column> merged = new ArrayList<>(history.columnCount());
        for (Column column : history.columns()) {
            merged.add(append(column, campaign.find(column.name()).orElse(null), campaign.rowCount()));
        }
        return new Dataset(history.source(), merged, history.roles());
    }

    private static Column append(Column column, Column added, int rows) {
        int old = column.size();
        if (column instanceof NumericColumn numbers) {
            float[] merged = new float[old + rows];
            System.arraycopy(numbers.values(), 0, merged, 0, old);
            for (int i = 0; i < rows; i++) {
                merged[old + i] = number(added, i);
            }
            return new NumericColumn(column.name(), column.type(), merged);
        }
        CategoricalColumn text = (CategoricalColumn) column;
        List<String> levels = new ArrayList<>(text.levels());
        Map<String, Integer> codes = new HashMap<>();
        for (int code = 0; code < levels.size(); code++) {
            codes.put(levels.get(code), code);
        }
        int[] merged = new int[old + rows];
        System.arraycopy(text.codes(), 0, merged, 0, old);
        for (int i = 0; i < rows; i++) {
            merged[old + i] = added == null || added.isMissing(i) ? CategoricalColumn.MISSING
                    : codes.computeIfAbsent(added.display(i), value -> {
                        levels.add(value);
                        return levels.size() - 1;
                    });
        }
        return new CategoricalColumn(column.name(), column.type(), merged, levels);
    }

    /** A campaign cell for a numeric history column: numbers as they are, text read as a number, else missing. */
    private static float number(Column added, int row) {
        if (added == null || added.isMissing(row)) {
            return Float.NaN;
        }
        if (added instanceof NumericColumn numbers) {
            return numbers.get(row);
        }
        try {
            return Float.parseFloat(added.display(row).strip());
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }
}
