package com.discountworkbench.sample;

/**
 * The response that generated the sample data: a deterministic function of a customer's observed columns
 * and the discount, so anyone holding the CSV can recompute the truth. StrictMath keeps the figures (and
 * the committed file) identical on every JVM. The formulas are written out in sample-data/README.md.
 *
 * <p>Purchase: P(d) = sigmoid(base + s · shape(d)) where base is the customer's logit at no discount,
 * s the logit lift at a 30 % discount (from 0.05 for loyal full-price buyers to 5 for coupon hunters), and
 * shape(d) = (1 − e^(−d/0.2)) / (1 − e^(−0.3/0.2)) a concave curve with shape(0) = 0 and shape(0.3) = 1,
 * so each extra point of discount buys less than the previous one.
 */
public final class TrueResponse {
    /** Discount at which {@link #sensitivity} is measured: the top of the standard grid. */
    public static final double REFERENCE_DISCOUNT = 0.30;
    private static final double SHAPE_SCALE = 0.20;
    private static final double MIN_SENSITIVITY = 0.05;
    private static final double MAX_SENSITIVITY = 5.0;
    /** The list-price basket grows by this share per unit of discount: +15 % at a 30 % discount. */
    private static final double BASKET_GROWTH = 0.5;
    private static final double HISTORY_WEIGHT = 0.7;

    private TrueResponse() {
    }

    /** Logit of P(buy) without a discount: engaged, recent, repeat buyers convert more. */
    public static double baseLogit(SampleCustomer c) {
        double device = switch (c.device()) {
            case DESKTOP -> 0.15;
            case TABLET -> 0.0;
            case MOBILE -> -0.10;
        };
        return -2.8
                + 0.45 * StrictMath.log1p(c.sessions30d())
                + 0.35 * StrictMath.log1p(c.cartAdds30d())
                + 0.25 * StrictMath.log1p(c.pastOrders())
                - 0.006 * Math.min(c.daysSinceLastOrder(), 180)
                + device
                + 0.10 * (c.age() - 38) / 12.0;
    }

    /**
     * Smoothed share of past orders paid with a coupon: (coupons + 0.5) / (orders + 2), so a customer
     * without history sits near 0.25 rather than at 0 or 1.
     */
    public static double couponShare(SampleCustomer c) {
        return (c.couponsUsed() + 0.5) / (c.pastOrders() + 2.0);
    }

    /**
     * Logit lift at a 30 % discount. Coupon users, lower-tier cities, occasional visitors and customers who
     * buy small baskets for their category respond strongly; loyal repeat buyers who rarely use coupons and
     * buy large baskets barely respond.
     */
    public static double sensitivity(SampleCustomer c) {
        double share = couponShare(c);
        double z = -1.0
                + 10.0 * (share - 0.3)
                - 1.0 * StrictMath.log1p(c.pastOrders()) * (1 - share)
                - 0.3 * StrictMath.log1p(c.sessions30d())
                + 0.3 * (c.cityTier() - 2.5)
                - 1.0 * StrictMath.log(historyBasket(c) / c.favoriteCategory().typicalBasket());
        return MIN_SENSITIVITY + (MAX_SENSITIVITY - MIN_SENSITIVITY) * sigmoid(z);
    }

    /** Concave response shape: 0 at no discount, 1 at 30 %. */
    public static double discountShape(double discount) {
        return -StrictMath.expm1(-discount / SHAPE_SCALE) / -StrictMath.expm1(-REFERENCE_DISCOUNT / SHAPE_SCALE);
    }

    /** True P(buy | customer, discount). */
    public static double purchaseProbability(SampleCustomer c, double discount) {
        checkDiscount(discount);
        return sigmoid(baseLogit(c) + sensitivity(c) * discountShape(discount));
    }

    /**
     * Expected basket at list price given a purchase: mostly the customer's own average order (at list
     * price), partly the category's typical basket, growing mildly with the discount.
     */
    public static double expectedListBasket(SampleCustomer c, double discount) {
        checkDiscount(discount);
        double typical = c.favoriteCategory().typicalBasket();
        double usual = c.pastOrders() > 0
                ? HISTORY_WEIGHT * historyBasket(c) + (1 - HISTORY_WEIGHT) * typical
                : typical;
        return usual * (1 + BASKET_GROWTH * discount);
    }

    /** Expected amount paid given a purchase (net of the discount): list basket · (1 − d). */
    public static double expectedSpend(SampleCustomer c, double discount) {
        return expectedListBasket(c, discount) * (1 - discount);
    }

    /**
     * Expected profit of offering the discount: P · v · (1 − d − c) − f with v the list-price basket,
     * c = 1 − gross margin rate and f the fixed cost of the offer (charged for every customer in the
     * campaign, as in the Economics formula).
     */
    public static double trueExpectedProfit(SampleCustomer c, double discount, double fixedCostPerOffer) {
        return purchaseProbability(c, discount) * expectedListBasket(c, discount) * (1 - discount - c.costRatio())
                - fixedCostPerOffer;
    }

    /** Average past order value (a floor of 1 keeps the logarithm finite); the typical basket without history. */
    private static double historyBasket(SampleCustomer c) {
        return c.pastOrders() > 0 ? Math.max(c.avgOrderValue(), 1.0) : c.favoriteCategory().typicalBasket();
    }

    static double sigmoid(double z) {
        return 1 / (1 + StrictMath.exp(-z));
    }

    private static void checkDiscount(double discount) {
        if (!(discount >= 0 && discount < 1)) {
            throw new IllegalArgumentException("Discount must be in [0, 1), got " + discount);
        }
    }
}
