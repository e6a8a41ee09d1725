package com.discountworkbench.prep;

import com.discountworkbench.data.DataException;

/**
 * Limits a numeric column to the training quantiles, e.g. 1 % and 99 %, so a few extreme amounts do not
 * dominate the scaling.
 */
public record Clipping(double lowerQuantile, double upperQuantile) {

    public Clipping {
        if (!(lowerQuantile >= 0 && lowerQuantile < upperQuantile && upperQuantile <= 1)) {
            throw new DataException("Clipping quantiles must satisfy 0 ≤ lower < upper ≤ 1, got "
                    + lowerQuantile + " and " + upperQuantile + ". Use for example 0.01 and 0.99.");
        }
    }

    /** The usual choice: 1 % and 99 %. */
    public static Clipping percentiles1And99() {
        return new Clipping(0.01, 0.99);
    }
}
