package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One feature column's fitted transform: plain data, saved in the model file as JSON. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = NumericFeature.class, name = "numeric"),
    @JsonSubTypes.Type(value = BucketFeature.class, name = "buckets"),
    @JsonSubTypes.Type(value = OneHotFeature.class, name = "one-hot"),
})
public sealed interface FittedColumn permits NumericFeature, BucketFeature, OneHotFeature {

    /** The source column's name. */
    String column();

    Imputation missing();

    boolean missingIndicator();

    /** The feature names this column produces, in output order. */
    List<String> outputNames();

    /** A writer for this dataset's column; a {@link com.discountworkbench.data.DataException} if it does not fit. */
    ColumnWriter bind(Column source);

    /** One line for the pipeline summary. */
    String describe();

    /** The name of the 0/1 feature that says the value was missing. */
    static String indicatorName(String column) {
        return column + ":missing";
    }

    /** How missing values are handled, for {@link #describe()}. */
    static String describeMissing(Imputation missing, String fill, boolean indicator) {
        String text = missing == Imputation.DROP_ROW ? "missing → row dropped" : "missing → " + fill;
        return indicator ? text + " (+ indicator)" : text;
    }
}
