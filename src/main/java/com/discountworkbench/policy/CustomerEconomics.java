package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import java.util.Arrays;

/**
 * Each customer's cost-of-goods ratio c = 1 − gross margin rate, the share of the list price the goods
 * cost the business. From a margin column (one rate per customer) or one rate for everyone.
 */
public final class CustomerEconomics {
    private final float[] costRatio;

    private CustomerEconomics(float[] costRatio) {
        this.costRatio = costRatio;
    }

    /** Everyone has the same gross margin rate, for example 0.40. */
    public static CustomerEconomics uniformMargin(int customers, double marginRate) {
        checkMargin(marginRate, "The margin rate");
        float[] c = new float[customers];
        Arrays.fill(c, (float) (1 - marginRate));
        return new CustomerEconomics(c);
    }

    /**
     * Margin rates from a column (0..1 per row). Missing values take {@code fallbackMarginRate}; pass NaN
     * to treat a missing value as an error.
     */
    public static CustomerEconomics fromMarginColumn(NumericColumn margins, double fallbackMarginRate) {
        float[] c = new float[margins.size()];
        for (int row = 0; row < c.length; row++) {
            float margin = margins.get(row);
            if (Float.isNaN(margin)) {
                if (Double.isNaN(fallbackMarginRate)) {
                    throw new DataException("Row " + (row + 1) + " has no margin rate. Fill it in or give a "
                            + "margin rate for all customers.", null, -1, margins.name(), null);
                }
                margin = (float) fallbackMarginRate;
            }
            if (margin < 0 || margin > 1) {
                throw new DataException("Row " + (row + 1) + ": the margin rate must be between 0 and 1 "
                        + "(write 35 % as 0.35), got " + margin + ".", null, -1, margins.name(), null);
            }
            c[row] = 1 - margin;
        }
        return new CustomerEconomics(c);
    }

    /** Per-customer cost ratios given directly (generated data, subsets). */
    public static CustomerEconomics ofCostRatios(float[] costRatio) {
        for (float c : costRatio) {
            checkMargin(1 - c, "Each margin rate");
        }
        return new CustomerEconomics(costRatio.clone());
    }

    private static void checkMargin(double marginRate, String what) {
        if (!(marginRate >= 0 && marginRate <= 1)) {
            throw new DataException(what + " must be between 0 and 1 (write 35 % as 0.35), got " + marginRate + ".");
        }
    }

    public int customers() { return costRatio.length; }

    public float costRatio(int customer) { return costRatio[customer]; }
}
