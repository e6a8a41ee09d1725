package com.discountworkbench.prep;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps each row of one dataset's column to a position in a fitted list of level names. Codes differ
 * between files, so the mapping goes through the names; unknown names get {@code unknownIndex}. A numeric
 * column (a file where "1"/"2" were read as numbers) is matched by its displayed text.
 */
final class CategoryIndex {
    static final int MISSING = -1;

    private final Column column;
    private final int[] codes;
    private final int[] codeToIndex;
    private final Map<String, Integer> nameToIndex = new HashMap<>();
    private final int unknownIndex;

    CategoryIndex(Column column, List<String> names, int unknownIndex) {
        this.column = column;
        this.unknownIndex = unknownIndex;
        for (int i = 0; i < names.size(); i++) {
            nameToIndex.put(names.get(i), i);
        }
        if (column instanceof CategoricalColumn categorical) {
            codes = categorical.codes();
            List<String> levels = categorical.levels();
            codeToIndex = new int[levels.size()];
            for (int code = 0; code < levels.size(); code++) {
                codeToIndex[code] = nameToIndex.getOrDefault(levels.get(code), unknownIndex);
            }
        } else {
            codes = null;
            codeToIndex = null;
        }
    }

    /** The position of the row's level, {@code unknownIndex} for an unseen level, {@link #MISSING}. */
    int indexOf(int row) {
        if (codeToIndex != null) {
            int code = codes[row];
            return code < 0 ? MISSING : codeToIndex[code];
        }
        if (column.isMissing(row)) {
            return MISSING;
        }
        return nameToIndex.getOrDefault(column.display(row), unknownIndex);
    }
}
