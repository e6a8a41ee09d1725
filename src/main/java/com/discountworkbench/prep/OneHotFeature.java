package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import java.util.ArrayList;
import java.util.List;

/**
 * A category as one 0/1 feature per kept level plus "other" for the levels beyond the cap and for levels
 * first seen at scoring time, so new values never make scoring fail.
 *
 * @param fill   the level a missing value counts as (it may be an unknown level, which counts as "other");
 *               null when rows with missing values are dropped
 * @param levels the kept levels, most frequent in training first
 */
public record OneHotFeature(String column, Imputation missing, String fill, boolean missingIndicator,
                            List<String> levels) implements FittedColumn {

    public static final String OTHER = "other";

    public OneHotFeature {
        levels = List.copyOf(levels);
    }

    static OneHotFeature fit(ColumnSpec spec, Column source, int[] rows) {
        LevelCounts counts = LevelCounts.of(source, rows);
        if (counts.size() == 0) {
            throw new DataException("The column has no values in the training rows. Set its role to ignore.",
                    null, -1, source.name(), null);
        }
        String fill = switch (spec.missing()) {
            case MEAN, MEDIAN, MOST_FREQUENT -> counts.mostFrequent();
            case CONSTANT -> spec.fillValue();
            case DROP_ROW -> null;
        };
        return new OneHotFeature(source.name(), spec.missing(), fill, spec.missingIndicator(),
                counts.mostFrequentFirst(spec.maxCategories()));
    }

    @Override
    public List<String> outputNames() {
        List<String> names = new ArrayList<>();
        for (String level : levels) {
            names.add(column + "=" + level);
        }
        names.add(column + "=" + OTHER);
        if (missingIndicator) {
            names.add(FittedColumn.indicatorName(column));
        }
        return names;
    }

    @Override
    public ColumnWriter bind(Column source) {
        int other = levels.size();
        int fillIndex = fill == null || !levels.contains(fill) ? other : levels.indexOf(fill);
        int indicator = other + 1;
        CategoryIndex index = new CategoryIndex(source, levels, other);
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                int level = index.indexOf(rows[i]);
                int at = i * stride + offset;
                if (level == CategoryIndex.MISSING) {
                    out[at + fillIndex] = 1f;
                    if (missingIndicator) {
                        out[at + indicator] = 1f;
                    }
                } else {
                    out[at + level] = 1f;
                }
            }
        };
    }

    @Override
    public String describe() {
        return column + ": one-hot, " + levels.size() + " levels + " + OTHER + " (" + String.join(", ", levels)
                + "), " + FittedColumn.describeMissing(missing, fill, missingIndicator);
    }
}
