package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;

/**
 * Where each customer's gross margin rate comes from: a column of the customer file (rows without a value take
 * {@code rate}), or {@code rate} for everyone.
 *
 * @param column the margin column's name; null for one rate for all customers
 * @param rate   the gross margin rate (0..1) for everyone, or for rows missing from the column; NaN with a column
 *               when a row without a margin rate is an error
 */
public record MarginSource(String column, double rate) {

    public MarginSource {
        if (!(rate >= 0 && rate <= 1) && !(column != null && Double.isNaN(rate))) {
            throw new DataException("The margin rate must be between 0 and 1 (write 35 % as 0.35), got " + rate + ".");
        }
    }

    public static MarginSource column(String name, double fallbackRate) {
        return new MarginSource(name, fallbackRate);
    }

    public static MarginSource uniform(double rate) {
        return new MarginSource(null, rate);
    }

    public boolean isUniform() {
        return column == null;
    }
}
