package com.discountworkbench.ui.inspect;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The customer table's contents as one primitive array per column, built from the scores and the recommendation.
 * Filtering and sorting return arrays of customer indices: the table shows customers through them, so a view over
 * 1,000,000 customers holds no object per customer.
 */
public final class CustomerTable {
    private final CustomerScores scores;
    private final Recommendation recommendation;
    private final Map<CustomerColumn, float[]> keys = new EnumMap<>(CustomerColumn.class);
    private final String[] searchableIds;

    public CustomerTable(CustomerScores scores, Recommendation recommendation) {
        this.scores = scores;
        this.recommendation = recommendation;
        int n = scores.customers();
        int baseline = scores.problem().baselineLevel();
        float[] noDiscount = new float[n];
        float[] level = new float[n];
        float[] recommended = new float[n];
        float[] spend = new float[n];
        float[] profit = new float[n];
        searchableIds = new String[n];
        for (int i = 0; i < n; i++) {
            noDiscount[i] = (float) scores.problem().probability(i, baseline);
            int k = recommendation.level(i);
            // Named offers have no natural order; their grid position sorts them as the analyst sees the grid.
            level[i] = (float) (recommendation.problem().offers().level(k).isNamed() ? k
                    : recommendation.problem().discountRate(k));
            recommended[i] = (float) recommendation.probability(i);
            spend[i] = (float) recommendation.spend(i);
            profit[i] = (float) recommendation.profit(i);
            searchableIds[i] = scores.ids()[i].toLowerCase(Locale.ROOT);
        }
        keys.put(CustomerColumn.ID, scores.idRank());
        if (scores.hasObserved()) {
            keys.put(CustomerColumn.OBSERVED, scores.observed());
        }
        keys.put(CustomerColumn.NO_DISCOUNT, noDiscount);
        keys.put(CustomerColumn.RECOMMENDED_LEVEL, level);
        keys.put(CustomerColumn.RECOMMENDED, recommended);
        keys.put(CustomerColumn.EXPECTED_SPEND, spend);
        keys.put(CustomerColumn.EXPECTED_PROFIT, profit);
    }

    public CustomerScores scores() {
        return scores;
    }

    public Recommendation recommendation() {
        return recommendation;
    }

    public int customers() {
        return scores.customers();
    }

    /** The column's value for a customer; NaN for P(buy) at the observed treatment when the file has none. */
    public float value(CustomerColumn column, int customer) {
        float[] values = keys.get(column);
        return values == null ? Float.NaN : values[customer];
    }

    /** The customers passing the filter, ordered by {@code sortColumn} (customer order when null). */
    public int[] view(CustomerFilter filter, CustomerColumn sortColumn, boolean ascending) {
        int[] matching = new int[customers()];
        int count = 0;
        float[] measure = keys.get(filter.measure().column());
        int[] segment = filter.segmentColumn() < 0 ? null : scores.segments().get(filter.segmentColumn()).codes();
        for (int i = 0; i < matching.length; i++) {
            if ((measure == null || measure[i] >= filter.min() && measure[i] <= filter.max())
                    && (segment == null || segment[i] == filter.segmentValue())
                    && (filter.recommendedLevel() < 0 || recommendation.level(i) == filter.recommendedLevel())
                    && (filter.search().isEmpty() || searchableIds[i].contains(filter.search()))) {
                matching[count++] = i;
            }
        }
        if (sortColumn == null || !keys.containsKey(sortColumn)) {
            return Arrays.copyOf(matching, count);
        }
        return SortedRows.byKey(matching, count, keys.get(sortColumn), ascending);
    }

    /** How many of the given customers fall in each of {@code bins} equal P(buy) ranges from 0 to 1. */
    public int[] histogram(int[] customers, ProbabilityMeasure measure, int bins) {
        int[] counts = new int[bins];
        float[] values = keys.get(measure.column());
        if (values == null) {
            return counts;
        }
        for (int customer : customers) {
            float p = values[customer];
            if (!Float.isNaN(p)) {
                counts[Math.min(bins - 1, Math.max(0, (int) (p * bins)))]++;
            }
        }
        return counts;
    }
}
