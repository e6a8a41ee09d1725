package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct values of a column at chosen rows, in order of first appearance, with their counts.
 * A numeric column (say a 0/1 treatment) is counted by its displayed text.
 */
record LevelCounts(List<String> names, int[] counts) {

    static LevelCounts of(Column column, int[] rows) {
        if (column instanceof CategoricalColumn categorical) {
            return ofCodes(categorical, rows);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int row : rows) {
            if (!column.isMissing(row)) {
                counts.merge(column.display(row), 1, Integer::sum);
            }
        }
        return new LevelCounts(new ArrayList<>(counts.keySet()),
                counts.values().stream().mapToInt(Integer::intValue).toArray());
    }

    private static LevelCounts ofCodes(CategoricalColumn column, int[] rows) {
        int[] codes = column.codes();
        int levels = column.levels().size();
        int[] counts = new int[levels];
        int[] firstSeen = new int[levels];
        Arrays.fill(firstSeen, Integer.MAX_VALUE);
        for (int position = 0; position < rows.length; position++) {
            int code = codes[rows[position]];
            if (code >= 0) {
                if (counts[code]++ == 0) {
                    firstSeen[code] = position;
                }
            }
        }
        List<Integer> seen = new ArrayList<>();
        for (int code = 0; code < levels; code++) {
            if (counts[code] > 0) {
                seen.add(code);
            }
        }
        seen.sort(Comparator.comparingInt(code -> firstSeen[code]));
        List<String> names = new ArrayList<>(seen.size());
        int[] seenCounts = new int[seen.size()];
        for (int i = 0; i < seen.size(); i++) {
            names.add(column.levels().get(seen.get(i)));
            seenCounts[i] = counts[seen.get(i)];
        }
        return new LevelCounts(names, seenCounts);
    }

    int size() {
        return names.size();
    }

    /** The most frequent level; ties go to the one seen first. Null when nothing was seen. */
    String mostFrequent() {
        List<String> ranked = mostFrequentFirst(1);
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    /** Up to {@code limit} levels, most frequent first; ties keep first-seen order. */
    List<String> mostFrequentFirst(int limit) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -counts[i]));
        List<String> ranked = new ArrayList<>();
        for (int i = 0; i < Math.min(limit, order.size()); i++) {
            ranked.add(names.get(order.get(i)));
        }
        return ranked;
    }
}
