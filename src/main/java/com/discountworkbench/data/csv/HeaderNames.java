package com.discountworkbench.data.csv;

import com.discountworkbench.data.QualityWarning;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Column names from a header row: trimmed, empty ones named {@code column_N}, repeated ones made unique. */
final class HeaderNames {
    final List<String> names = new ArrayList<>();
    final List<QualityWarning> warnings = new ArrayList<>();

    private HeaderNames() {
    }

    static HeaderNames from(List<String> raw) {
        HeaderNames result = new HeaderNames();
        Set<String> taken = new HashSet<>();
        for (String name : raw) {
            taken.add(name.strip());
        }
        Set<String> used = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String name = raw.get(i).strip();
            if (name.isEmpty()) {
                name = fresh("column_" + (i + 1), taken, used);
                result.warnings.add(new QualityWarning(QualityWarning.Kind.EMPTY_HEADER, name,
                        "Column " + (i + 1) + " has no name in the header; it is called '" + name + "'."));
            } else if (used.contains(name)) {
                String original = name;
                name = fresh(original, taken, used);
                result.warnings.add(new QualityWarning(QualityWarning.Kind.DUPLICATE_HEADER, name,
                        "The header names '" + original + "' more than once; column " + (i + 1) + " is called '"
                                + name + "'. Check which one you mean."));
            }
            used.add(name);
            result.names.add(name);
        }
        return result;
    }

    /** Generated names for a file without a header row. */
    static HeaderNames generated(int width) {
        HeaderNames result = new HeaderNames();
        for (int i = 0; i < width; i++) {
            result.names.add("column_" + (i + 1));
        }
        return result;
    }

    private static String fresh(String base, Set<String> taken, Set<String> used) {
        if (!taken.contains(base) && !used.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = base + "_" + n;
            if (!taken.contains(candidate) && !used.contains(candidate)) {
                return candidate;
            }
        }
    }
}
