package com.discountworkbench.sample;

import java.util.Objects;

/**
 * What the shop observes about a customer before the offer: the inputs of the true response. Decimal
 * fields hold float32 values (amounts rounded to cents, rates to 0.001, then to float) so that a customer
 * read back from the CSV into a {@link com.discountworkbench.data.Dataset} is exactly equal to the
 * generated one, and the truth computed from the file matches the generator's to the last bit.
 *
 * @param id                 customer id, for example C000001
 * @param age                years
 * @param cityTier           1 (largest cities) to 4
 * @param device             device mostly used
 * @param sessions30d        site or app sessions in the last 30 days
 * @param pageViews30d       product pages viewed in the last 30 days
 * @param cartAdds30d        items added to the cart in the last 30 days
 * @param pastOrders         orders before this campaign
 * @param avgOrderValue      average paid amount of past orders; 0 when there are none
 * @param daysSinceLastOrder days since the last order, or since sign-up when there was no order
 * @param couponsUsed        past orders paid with a coupon (at most {@code pastOrders})
 * @param favoriteCategory   most bought or browsed category
 * @param grossMarginRate    the customer's typical gross margin rate at list price (0..1)
 */
public record SampleCustomer(String id, int age, int cityTier, Device device, int sessions30d, int pageViews30d,
                             int cartAdds30d, int pastOrders, double avgOrderValue, int daysSinceLastOrder,
                             int couponsUsed, Category favoriteCategory, double grossMarginRate) {

    public SampleCustomer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(favoriteCategory, "favoriteCategory");
        if (cityTier < 1 || cityTier > 4) {
            throw new IllegalArgumentException("City tier must be 1..4, got " + cityTier);
        }
        if (sessions30d < 0 || pageViews30d < 0 || cartAdds30d < 0 || pastOrders < 0 || couponsUsed < 0
                || daysSinceLastOrder < 0 || avgOrderValue < 0) {
            throw new IllegalArgumentException("Counts and amounts cannot be negative: " + id);
        }
        if (couponsUsed > pastOrders) {
            throw new IllegalArgumentException("More coupons than orders: " + id);
        }
        if (!(grossMarginRate > 0 && grossMarginRate < 1)) {
            throw new IllegalArgumentException("Gross margin rate must be between 0 and 1, got " + grossMarginRate);
        }
    }

    /** Cost-of-goods ratio c = 1 − gross margin rate (Economics in BRIEF/README). */
    public double costRatio() {
        return 1 - grossMarginRate;
    }
}
