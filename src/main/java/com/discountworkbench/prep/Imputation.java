package com.discountworkbench.prep;

/** How a missing value in a feature column is filled (statistics come from the training rows). */
public enum Imputation {
    /** Training mean; for a categorical column this means the most frequent level. */
    MEAN,
    /** Training median; for a categorical column this means the most frequent level. */
    MEDIAN,
    MOST_FREQUENT,
    /** The analyst's fill value ({@link ColumnSpec#fillValue()}). */
    CONSTANT,
    /** Leave the row out of training and scoring; see {@link FittedPreprocessor#keptRows}. */
    DROP_ROW
}
