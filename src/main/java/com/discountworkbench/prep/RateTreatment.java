package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A numeric discount encoded as the rate itself divided by the largest training rate: 0 stays 0, the top
 * level is 1, and the model can interpolate between the levels it saw.
 *
 * @param percent the column holds percentages (15 for 15 %)
 * @param maxRate the largest training rate, as a fraction (1 when all rates are 0)
 * @param rates   the distinct training rates as fractions, ascending
 */
public record RateTreatment(String column, boolean percent, double maxRate, List<Double> rates)
        implements TreatmentEncoding {

    /** Rates are kept to this many decimals, so float noise does not create extra levels. */
    private static final double RATE_PRECISION = 1e6;

    public RateTreatment {
        rates = List.copyOf(rates);
    }

    static RateTreatment fit(NumericColumn source, boolean percent, int[] rows) {
        float[] observed = new float[rows.length];
        for (int i = 0; i < rows.length; i++) {
            observed[i] = source.get(rows[i]);
            if (Float.isNaN(observed[i])) {
                throw TreatmentEncoding.missingAt(source.name(), rows[i]);
            }
        }
        Arrays.sort(observed);
        List<Double> distinct = new ArrayList<>();
        for (int i = 0; i < observed.length; i++) {
            if (i == 0 || observed[i] != observed[i - 1]) {
                double rate = Math.round(toRate(observed[i], percent) * RATE_PRECISION) / RATE_PRECISION;
                if (distinct.isEmpty() || rate > distinct.get(distinct.size() - 1)) {
                    distinct.add(rate);
                }
            }
        }
        double last = distinct.isEmpty() ? 0 : distinct.get(distinct.size() - 1);
        if (last >= 1) {
            throw new DataException("Discount rates must be below 1 (100 %), but the column holds "
                    + Columns.format(last) + ". If it holds percentages, mark the treatment as "
                    + "percent.", null, -1, source.name(), null);
        }
        return new RateTreatment(source.name(), percent, last > 0 ? last : 1, distinct);
    }

    private static double toRate(float value, boolean percent) {
        return percent ? value / 100.0 : value;
    }

    @Override
    public List<String> outputNames() {
        return List.of(column);
    }

    @Override
    public List<TreatmentLevel> levels() {
        return rates.stream().map(TreatmentLevel::discount).toList();
    }

    @Override
    public TreatmentLevel noTreatment() {
        return TreatmentLevel.discount(0);
    }

    @Override
    public ColumnWriter bind(Column source) {
        float[] values = Columns.numeric(source, "the discount treatment").values();
        float factor = (float) ((percent ? 0.01 : 1) / maxRate);
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                float value = values[rows[i]];
                if (Float.isNaN(value)) {
                    throw TreatmentEncoding.missingAt(column, rows[i]);
                }
                out[i * stride + offset] = value * factor;
            }
        };
    }

    @Override
    public int[] observedIndices(Column source, int[] rows, List<TreatmentLevel> grid) {
        float[] values = Columns.numeric(source, "the discount treatment").values();
        int[] indices = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double rate = Math.round(toRate(values[rows[i]], percent) * RATE_PRECISION) / RATE_PRECISION;
            indices[i] = -1;
            for (int k = 0; k < grid.size() && indices[i] < 0; k++) {
                if (!grid.get(k).isNamed() && Math.abs(grid.get(k).rate() - rate) < 0.5 / RATE_PRECISION) {
                    indices[i] = k;
                }
            }
        }
        return indices;
    }

    @Override
    public float[] encode(TreatmentLevel level) {
        if (level.isNamed()) {
            throw new DataException("The model's treatment is a discount rate; '" + level.name()
                    + "' is a named offer.", null, -1, column, null);
        }
        return new float[] {(float) (level.rate() / maxRate)};
    }

    @Override
    public String describe() {
        return column + ": treatment, discount rate" + (percent ? " in percent" : "") + " ÷ "
                + Columns.format(maxRate) + " (levels " + String.join(", ", levels().stream()
                .map(TreatmentLevel::name).toList()) + "); no discount = 0";
    }
}
