package com.discountworkbench.prep;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;

/**
 * The analyst's preprocessing choices for one column. Only {@code role} matters for non-feature columns;
 * numeric options (scaling, log1p, clipping, bucketing) are ignored for categorical columns and
 * {@code maxCategories} for numeric ones. Missing entries in hand-edited JSON fall back to the defaults
 * of {@link #of(ColumnRole)}.
 *
 * @param role             what the column means
 * @param missing          how missing values are filled (or their rows dropped)
 * @param fillValue        the value for {@link Imputation#CONSTANT}: a number, or a level of a categorical column
 * @param missingIndicator add a 0/1 feature that says the value was missing
 * @param scaling          numeric scaling, applied after clipping and log1p
 * @param log1p            log(1 + x) for skewed non-negative amounts (sign-preserving for negatives)
 * @param clipping         clip at training quantiles before log1p and scaling; null for none
 * @param bucketing        one-hot buckets instead of a scaled number; null for none
 * @param maxCategories    one-hot keeps this many most frequent levels, the rest become "other"
 */
public record ColumnSpec(ColumnRole role, Imputation missing, String fillValue, boolean missingIndicator,
                         Scaling scaling, boolean log1p, Clipping clipping, Bucketing bucketing,
                         int maxCategories) {

    public static final int DEFAULT_MAX_CATEGORIES = 20;

    public ColumnSpec {
        role = role == null ? ColumnRole.FEATURE : role;
        missing = missing == null ? Imputation.MEDIAN : missing;
        scaling = scaling == null ? Scaling.STANDARD : scaling;
        maxCategories = maxCategories == 0 ? DEFAULT_MAX_CATEGORIES : maxCategories;
        if (maxCategories < 1) {
            throw new DataException("The one-hot cap must keep at least one category, got " + maxCategories + ".");
        }
        if (missing == Imputation.CONSTANT && (fillValue == null || fillValue.isBlank())) {
            throw new DataException("Filling missing values with a constant needs the constant (fill value).");
        }
    }

    /** Median fill, standard scaling, at most 20 one-hot categories; no indicator, clipping or bucketing. */
    public static ColumnSpec of(ColumnRole role) {
        return new ColumnSpec(role, Imputation.MEDIAN, null, false, Scaling.STANDARD, false, null, null,
                DEFAULT_MAX_CATEGORIES);
    }

    public ColumnSpec withRole(ColumnRole newRole) {
        return new ColumnSpec(newRole, missing, fillValue, missingIndicator, scaling, log1p, clipping, bucketing,
                maxCategories);
    }

    /** @param fill the constant for {@link Imputation#CONSTANT}, otherwise ignored (may be null) */
    public ColumnSpec withMissing(Imputation newMissing, String fill) {
        return new ColumnSpec(role, newMissing, fill, missingIndicator, scaling, log1p, clipping, bucketing,
                maxCategories);
    }

    public ColumnSpec withMissingIndicator(boolean indicator) {
        return new ColumnSpec(role, missing, fillValue, indicator, scaling, log1p, clipping, bucketing,
                maxCategories);
    }

    public ColumnSpec withScaling(Scaling newScaling) {
        return new ColumnSpec(role, missing, fillValue, missingIndicator, newScaling, log1p, clipping, bucketing,
                maxCategories);
    }

    public ColumnSpec withLog1p(boolean apply) {
        return new ColumnSpec(role, missing, fillValue, missingIndicator, scaling, apply, clipping, bucketing,
                maxCategories);
    }

    /** @param newClipping null for no clipping */
    public ColumnSpec withClipping(Clipping newClipping) {
        return new ColumnSpec(role, missing, fillValue, missingIndicator, scaling, log1p, newClipping, bucketing,
                maxCategories);
    }

    /** @param newBucketing null for a scaled number instead of buckets */
    public ColumnSpec withBucketing(Bucketing newBucketing) {
        return new ColumnSpec(role, missing, fillValue, missingIndicator, scaling, log1p, clipping, newBucketing,
                maxCategories);
    }

    public ColumnSpec withMaxCategories(int cap) {
        return new ColumnSpec(role, missing, fillValue, missingIndicator, scaling, log1p, clipping, bucketing, cap);
    }
}
