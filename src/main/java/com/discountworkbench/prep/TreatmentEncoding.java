package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * How the treatment column becomes model inputs, fitted on the training rows. The features can be computed
 * from the observed treatment or set to one level for every customer ("what if everyone got 15 %?").
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = RateTreatment.class, name = "rate"),
    @JsonSubTypes.Type(value = NamedTreatment.class, name = "named"),
})
public sealed interface TreatmentEncoding permits RateTreatment, NamedTreatment {

    String column();

    List<String> outputNames();

    /** The levels seen in training: sorted rates, or offer names in order of first appearance. */
    List<TreatmentLevel> levels();

    /** The "no discount / no offer" level. */
    TreatmentLevel noTreatment();

    /** A writer for the observed treatment of each row of this dataset. */
    ColumnWriter bind(Column source);

    /**
     * For each given row, the index in {@code grid} of the treatment the customer actually got, or -1 when
     * it is missing or not on the grid (used to compare campaign history with a proposed policy).
     */
    int[] observedIndices(Column source, int[] rows, List<TreatmentLevel> grid);

    /** The features of one level. */
    float[] encode(TreatmentLevel level);

    String describe();

    /** The error for a row without a treatment value (rows are reported 1-based). */
    static DataException missingAt(String column, int row) {
        return new DataException("Data row " + (row + 1) + " has no treatment value. Fill it in (for example 0"
                + " or the no-offer level) or remove the row.", null, -1, column, null);
    }
}
