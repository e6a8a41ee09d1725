package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Warnings that depend on the values and the roles: duplicate ids, constant columns, leakage, imbalance. */
public final class QualityChecks {
    /** A label whose rarer class is below this share is called extremely imbalanced. */
    public static final double IMBALANCE_SHARE = 0.02;
    private static final double MOSTLY_MISSING_SHARE = 0.5;

    private QualityChecks() {
    }

    public static List<QualityWarning> warnings(Dataset data, List<ColumnProfile> profiles) {
        List<QualityWarning> warnings = new ArrayList<>();
        Optional<Column> label = data.columnWithRole(ColumnRole.LABEL);
        if (label.isEmpty()) {
            warnings.add(new QualityWarning(QualityWarning.Kind.MISSING_ROLE, null, "No single purchase label (0/1"
                    + " column) was found; mark it with --role COLUMN=LABEL or in the column table."));
        }
        for (ColumnProfile p : profiles) {
            int rows = data.rowCount();
            if (p.distinct() == 1) {
                warnings.add(warning(QualityWarning.Kind.CONSTANT_COLUMN, p, "has the same value in every row;"
                        + " it cannot explain anything"));
            } else if (p.distinct() == 0) {
                warnings.add(warning(QualityWarning.Kind.CONSTANT_COLUMN, p, "has no values"));
            }
            if (p.missing() > 0 && p.missing() >= MOSTLY_MISSING_SHARE * rows) {
                warnings.add(warning(QualityWarning.Kind.MOSTLY_MISSING, p, String.format(Locale.ROOT,
                        "is missing in %,d of %,d rows (%.0f%%)", p.missing(), rows, 100.0 * p.missing() / rows)));
            }
            if (p.role() == ColumnRole.ID && p.distinct() < rows - p.missing()) {
                warnings.add(warning(QualityWarning.Kind.DUPLICATE_IDS, p, String.format(Locale.ROOT,
                        "has %,d repeated ids (%,d distinct in %,d rows)%s", rows - p.missing() - p.distinct(),
                        p.distinct(), rows - p.missing(), exampleDuplicate(data.column(p.name())))));
            }
            leakage(data, p, label).ifPresent(warnings::add);
        }
        // A text label (yes/no) is recoded by the preprocessing; its balance is judged there.
        label.filter(NumericColumn.class::isInstance).flatMap(column -> imbalance((NumericColumn) column))
                .ifPresent(warnings::add);
        return warnings;
    }

    private static Optional<QualityWarning> leakage(Dataset data, ColumnProfile p, Optional<Column> label) {
        boolean postOutcomeName = ColumnVocabulary.isPostOutcomeName(p.name());
        if (p.role() == ColumnRole.IGNORE && postOutcomeName) {
            return Optional.of(warning(QualityWarning.Kind.LEAKAGE, p, "looks like an outcome recorded after the offer"
                    + " (post-outcome); it is ignored so it cannot leak the purchase into the model"));
        }
        if (p.role() != ColumnRole.FEATURE && p.role() != ColumnRole.TREATMENT) {
            return Optional.empty();
        }
        if (postOutcomeName) {
            return Optional.of(warning(QualityWarning.Kind.LEAKAGE, p, "looks like an outcome recorded after the offer"
                    + " but is a model input; it would leak the purchase (set it to IGNORE)"));
        }
        boolean labelIsNumeric = label.isPresent() && label.get() instanceof NumericColumn;
        if (labelIsNumeric && data.column(p.name()) instanceof NumericColumn numeric
                && LabelAgreement.nonzeroOnlyForBuyers(numeric, (NumericColumn) label.get())) {
            return Optional.of(warning(QualityWarning.Kind.LEAKAGE, p, "is nonzero only for customers who bought, so"
                    + " it was recorded after the purchase; as a model input it leaks the label (set it to IGNORE"
                    + " or VALUE)"));
        }
        return Optional.empty();
    }

    private static Optional<QualityWarning> imbalance(NumericColumn label) {
        long ones = 0;
        long known = 0;
        for (float y : label.values()) {
            if (!Float.isNaN(y)) {
                known++;
                ones += y == 1f ? 1 : 0;
            }
        }
        long rarer = Math.min(ones, known - ones);
        if (known == 0 || rarer >= IMBALANCE_SHARE * known) {
            return Optional.empty();
        }
        return Optional.of(new QualityWarning(QualityWarning.Kind.CLASS_IMBALANCE, label.name(), String.format(
                Locale.ROOT, "Label '%s' is extremely imbalanced: only %,d of %,d rows (%.2f%%) are %s; expect noisy"
                        + " models and judge them by profit, not accuracy.", label.name(), rarer, known,
                100.0 * rarer / known, rarer == ones ? "purchases" : "non-purchases")));
    }

    private static String exampleDuplicate(Column column) {
        if (!(column instanceof CategoricalColumn categorical)) {
            return "";
        }
        boolean[] seen = new boolean[categorical.levels().size()];
        for (int code : categorical.codes()) {
            if (code != CategoricalColumn.MISSING) {
                if (seen[code]) {
                    return ", e.g. '" + categorical.levels().get(code) + "'";
                }
                seen[code] = true;
            }
        }
        return "";
    }

    private static QualityWarning warning(QualityWarning.Kind kind, ColumnProfile p, String text) {
        return new QualityWarning(kind, p.name(), "Column '" + p.name() + "' " + text + ".");
    }
}
