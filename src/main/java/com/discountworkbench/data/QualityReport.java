package com.discountworkbench.data;

import java.util.List;

/**
 * What the reader found in a file.
 *
 * @param rows          rows in the dataset (accepted rows)
 * @param columns       one profile per dataset column, in file order
 * @param rejectedCount how many rows were kept out
 * @param rejected      the first rejected rows (at most {@link #MAX_LISTED_REJECTIONS}), in file order
 * @param blankLines    empty lines skipped (Excel leaves them at the end)
 * @param warnings      problems worth the analyst's attention
 * @param roleGuesses   the role of every column and why
 */
public record QualityReport(int rows, List<ColumnProfile> columns, long rejectedCount, List<RejectedRow> rejected,
                            long blankLines, List<QualityWarning> warnings, List<RoleGuess> roleGuesses) {

    /** Rejections beyond this many are counted but not listed, so a garbage file cannot exhaust memory. */
    public static final int MAX_LISTED_REJECTIONS = 1000;

    public QualityReport {
        columns = List.copyOf(columns);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
        roleGuesses = List.copyOf(roleGuesses);
    }

    public List<QualityWarning> warnings(QualityWarning.Kind kind) {
        return warnings.stream().filter(w -> w.kind() == kind).toList();
    }

    public ColumnProfile column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new DataException("There is no column '" + name + "'."));
    }
}
