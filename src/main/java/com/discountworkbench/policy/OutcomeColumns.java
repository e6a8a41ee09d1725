package com.discountworkbench.policy;

/**
 * Where a campaign-outcomes file keeps what happened; any name left null is looked up: the model's own
 * column, else the policy export's column ({@code recommended_discount} / {@code recommended_offer},
 * {@code holdout}).
 *
 * @param treatment the treatment each customer was offered
 * @param label     whether they bought
 * @param value     what they paid
 * @param holdout   whether they were in the randomized control group
 */
public record OutcomeColumns(String treatment, String label, String value, String holdout) {
    public static final String EXPORT_DISCOUNT = "recommended_discount";
    public static final String EXPORT_OFFER = "recommended_offer";
    public static final String EXPORT_HOLDOUT = "holdout";

    public static OutcomeColumns detect() {
        return new OutcomeColumns(null, null, null, null);
    }
}
