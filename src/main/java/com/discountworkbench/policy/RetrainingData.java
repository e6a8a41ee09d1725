package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.RateTreatment;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The training data grown by a campaign: every row of the data the model learned from, then one row per matched
 * outcome with the customer's features, the treatment they were sent, whether they bought and what they paid.
 * Retraining on it teaches the model what the campaign showed (the control group's randomized offers most of all).
 */
public final class RetrainingData {
    private static final Set<String> YES_WORDS = Set.of("1", "yes", "y", "true", "t", "bought", "buy", "purchased",
            "purchase", "converted");

    private RetrainingData() {
    }

    /** @param history the data the model was trained on; the result has its columns, types and roles */
    public static Dataset merge(Dataset history, FittedPreprocessor prep, CampaignOutcomes outcomes) {
        List<Column> merged = new ArrayList<>(history.columnCount());
        for (Column column : history.columns()) {
            merged.add(append(column, newCells(column, prep, outcomes), outcomes.customers()));
        }
        return new Dataset(history.source(), merged, history.roles());
    }

    /** The cells of the appended rows of one column, as a number for numeric columns and as text for the others. */
    private interface Cells {
        float number(int row);

        /** Null for a missing value. */
        String text(int row);
    }

    private static Cells newCells(Column column, FittedPreprocessor prep, CampaignOutcomes outcomes) {
        String name = column.name();
        if (name.equals(prep.treatment().column())) {
            // In the column's own unit: 15 for 15 % when the training file wrote percentages.
            double scale = prep.treatment() instanceof RateTreatment rate && rate.percent() ? 100 : 1;
            return cells(row -> (float) scaled(offered(outcomes, row), scale),
                    row -> offered(outcomes, row).isNamed() ? offered(outcomes, row).name()
                            : TreatmentLevel.discount(scaled(offered(outcomes, row), scale)).name());
        }
        if (name.equals(prep.labelColumn())) {
            return cells(row -> outcomes.bought()[row] ? 1f : 0f, row -> labelText(column, prep, outcomes.bought()[row]));
        }
        if (name.equals(prep.valueColumn())) {
            return cells(row -> (float) outcomes.spend()[row], row -> Double.toString(outcomes.spend()[row]));
        }
        Column source = outcomes.features().find(name).orElse(null);
        if (source == null) {
            return cells(row -> Float.NaN, row -> null);
        }
        return cells(row -> source instanceof NumericColumn numbers ? numbers.get(row) : number(source.display(row)),
                row -> source.isMissing(row) ? null : source.display(row));
    }

    private static TreatmentLevel offered(CampaignOutcomes outcomes, int row) {
        return outcomes.grid().get(outcomes.offered()[row]);
    }

    private static double scaled(TreatmentLevel level, double scale) {
        return Math.round(level.rate() * scale * 1e6) / 1e6;
    }

    private static Cells cells(IntFunction<Float> number, IntFunction<String> text) {
        return new Cells() {
            @Override
            public float number(int row) {
                return number.apply(row);
            }

            @Override
            public String text(int row) {
                return text.apply(row);
            }
        };
    }

    /** 1/0 for a numeric label; for a text label the data's own word for "bought" and for "did not buy". */
    private static String labelText(Column label, FittedPreprocessor prep, boolean bought) {
        if (!(label instanceof CategoricalColumn text)) {
            return bought ? "1" : "0";
        }
        String positive = prep.positiveLabel() != null ? prep.positiveLabel() : text.levels().stream()
                .filter(level -> YES_WORDS.contains(level.strip().toLowerCase(Locale.ROOT))).findFirst().orElse("yes");
        String negative = text.levels().stream().filter(level -> !level.equalsIgnoreCase(positive)).findFirst()
                .orElse("no");
        return bought ? positive : negative;
    }

    private static Column append(Column column, Cells cells, int rows) {
        int old = column.size();
        if (column instanceof NumericColumn numbers) {
            float[] merged = new float[old + rows];
            System.arraycopy(numbers.values(), 0, merged, 0, old);
            for (int i = 0; i < rows; i++) {
                merged[old + i] = cells.number(i);
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
            String value = cells.text(i);
            merged[old + i] = value == null ? CategoricalColumn.MISSING : codes.computeIfAbsent(value, added -> {
                levels.add(added);
                return levels.size() - 1;
            });
        }
        return new CategoricalColumn(column.name(), column.type(), merged, levels);
    }

    /** A text cell going into a numeric column: booleans as 0/1, anything unreadable as missing. */
    private static float number(String text) {
        if (text.isEmpty()) {
            return Float.NaN;
        }
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true") ? 1f : 0f;
        }
        try {
            return Float.parseFloat(text);
        } catch (NumberFormatException e) {
            return Float.NaN;
        }
    }
}
