package com.discountworkbench.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The segments of customers that come in chunks. Each chunk names its own segments; here every name gets a code
 * in order of first appearance, the same in every chunk. {@link #ordered()} lists them as the segments of the
 * whole list would be: categories in order of first appearance (a chunk lists the category levels seen so far,
 * in that order), values of a numeric column ascending, and "(missing)" last.
 */
public final class SegmentNames {
    private final Map<String, Integer> codes = new LinkedHashMap<>();
    private final boolean byValue;

    /** @param byValue true when the segments are the values of a numeric column (tiers, flags, dates) */
    public SegmentNames(boolean byValue) {
        this.byValue = byValue;
    }

    /** Each customer's code among all names seen so far. */
    public int[] codes(Segments chunk) {
        int[] local = new int[chunk.count()];
        for (int s = 0; s < local.length; s++) {
            local[s] = codes.computeIfAbsent(chunk.names().get(s), name -> codes.size());
        }
        int[] global = new int[chunk.customers()];
        for (int i = 0; i < global.length; i++) {
            global[i] = local[chunk.code(i)];
        }
        return global;
    }

    /** The names by code. */
    public List<String> byCode() {
        return List.copyOf(codes.keySet());
    }

    /** The names in the order a whole-list read gives them. */
    public List<String> ordered() {
        List<String> names = new ArrayList<>(codes.keySet());
        Comparator<String> missingLast = Comparator.comparing(Segments.MISSING::equals);
        names.sort(byValue ? missingLast.thenComparing(SegmentNames::compareValues) : missingLast);
        return names;
    }

    /** Numbers by value; booleans (false, true) and ISO dates sort right as text. */
    private static int compareValues(String a, String b) {
        try {
            return Double.compare(Double.parseDouble(a), Double.parseDouble(b));
        } catch (NumberFormatException notNumbers) {
            return a.compareTo(b);
        }
    }
}
