package com.discountworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrueResponseTest {
    /** Few orders, most with a coupon, small city, rare visitor. */
    private static final SampleCustomer COUPON_HUNTER = new SampleCustomer("C1", 30, 3, Device.MOBILE, 2, 8, 1, 4,
            60.5, 20, 3, Category.FASHION, 0.55);
    /** Many orders without coupons, large baskets, frequent visitor. */
    private static final SampleCustomer LOYAL = new SampleCustomer("C2", 50, 1, Device.DESKTOP, 12, 70, 6, 10,
            180, 5, 0, Category.ELECTRONICS, 0.25);

    @Test
    void matchesValuesComputedIndependentlyFromTheReadmeFormulas() {
        // Reference values from a separate Python implementation of sample-data/README.md.
        assertThat(TrueResponse.purchaseProbability(COUPON_HUNTER, 0)).isCloseTo(0.12484477057861339, within(1e-12));
        assertThat(TrueResponse.sensitivity(COUPON_HUNTER)).isCloseTo(3.959048181651317, within(1e-12));
        assertThat(TrueResponse.purchaseProbability(COUPON_HUNTER, 0.2)).isCloseTo(0.7814358400798409, within(1e-12));
        assertThat(TrueResponse.expectedSpend(COUPON_HUNTER, 0.2)).isCloseTo(59.708, within(1e-9));
        assertThat(TrueResponse.trueExpectedProfit(COUPON_HUNTER, 0.2, 0.5)).isCloseTo(19.91286237352563, within(1e-9));
        assertThat(TrueResponse.purchaseProbability(LOYAL, 0.2)).isCloseTo(0.47485216723536616, within(1e-12));
        assertThat(TrueResponse.trueExpectedProfit(LOYAL, 0.2, 0.5)).isCloseTo(4.436088278411636, within(1e-9));
    }

    @Test
    void profitFollowsTheEconomicsFormula() {
        double d = 0.15;
        double p = TrueResponse.purchaseProbability(COUPON_HUNTER, d);
        double listBasket = TrueResponse.expectedListBasket(COUPON_HUNTER, d);
        double paid = TrueResponse.expectedSpend(COUPON_HUNTER, d);
        assertThat(paid).isCloseTo(listBasket * (1 - d), within(1e-9));
        double revenue = p * paid;
        double discountCost = p * listBasket * d;
        double costOfGoods = p * listBasket * COUPON_HUNTER.costRatio();
        assertThat(TrueResponse.trueExpectedProfit(COUPON_HUNTER, d, 1.25))
                .isCloseTo(revenue - costOfGoods - 1.25, within(1e-9))
                .isCloseTo(p * listBasket * (1 - d - COUPON_HUNTER.costRatio()) - 1.25, within(1e-9));
        assertThat(revenue + discountCost).isCloseTo(p * listBasket, within(1e-9));
    }

    @Test
    void responseRisesWithDiscountWithDiminishingReturns() {
        List<SampleCustomer> customers = customers();
        for (SampleCustomer c : customers) {
            double previous = -1;
            for (int step = 0; step <= 30; step++) {
                double p = TrueResponse.purchaseProbability(c, step / 100.0);
                assertThat(p).isGreaterThan(previous);
                previous = p;
            }
            assertThat(TrueResponse.expectedListBasket(c, 0.3)).isGreaterThan(TrueResponse.expectedListBasket(c, 0));
        }
        assertThat(TrueResponse.discountShape(0)).isZero();
        assertThat(TrueResponse.discountShape(0.3)).isCloseTo(1.0, within(1e-12));
        double[] steps = new double[6];
        for (int k = 0; k < steps.length; k++) {
            steps[k] = TrueResponse.discountShape((k + 1) * 0.05) - TrueResponse.discountShape(k * 0.05);
        }
        for (int k = 1; k < steps.length; k++) {
            assertThat(steps[k]).as("each 5 points buys less than the previous 5").isLessThan(steps[k - 1] * 0.9);
        }
    }

    @Test
    void sensitivityDiffersStronglyBetweenSegments() {
        List<SampleCustomer> customers = customers();
        double[] sensitivity = customers.stream().mapToDouble(TrueResponse::sensitivity).sorted().toArray();
        double p10 = sensitivity[sensitivity.length / 10];
        double p90 = sensitivity[sensitivity.length * 9 / 10];
        assertThat(p90 / p10).isGreaterThan(10);
        double couponUsers = customers.stream().filter(c -> c.pastOrders() >= 2 && c.couponsUsed() * 2 >= c.pastOrders())
                .mapToDouble(TrueResponse::sensitivity).average().orElseThrow();
        double loyalFullPrice = customers.stream().filter(c -> c.pastOrders() >= 4 && c.couponsUsed() == 0)
                .mapToDouble(TrueResponse::sensitivity).average().orElseThrow();
        assertThat(couponUsers).isGreaterThan(5 * loyalFullPrice);
        double lift = TrueResponse.purchaseProbability(COUPON_HUNTER, 0.3) - TrueResponse.purchaseProbability(COUPON_HUNTER, 0);
        double loyalLift = TrueResponse.purchaseProbability(LOYAL, 0.3) - TrueResponse.purchaseProbability(LOYAL, 0);
        assertThat(lift).isGreaterThan(0.5);
        assertThat(loyalLift).isLessThan(0.03);
    }

    @Test
    void conversionIsRealistic() {
        List<SampleCustomer> customers = customers();
        double noDiscount = customers.stream().mapToDouble(c -> TrueResponse.purchaseProbability(c, 0)).average()
                .orElseThrow();
        double averageOverGrid = Arrays.stream(SampleDataGenerator.discountLevels())
                .map(d -> customers.stream().mapToDouble(c -> TrueResponse.purchaseProbability(c, d)).average()
                        .orElseThrow())
                .average().orElseThrow();
        assertThat(noDiscount).isBetween(0.08, 0.16);
        assertThat(averageOverGrid).isBetween(0.15, 0.25);
    }

    @Test
    void rejectsDiscountsOutsideZeroToOne() {
        assertThatThrownBy(() -> TrueResponse.purchaseProbability(LOYAL, -0.05)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrueResponse.expectedSpend(LOYAL, 1.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrueResponse.trueExpectedProfit(LOYAL, Double.NaN, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<SampleCustomer> customers() {
        return SampleDataGenerator.generate(5_000, 11).stream().map(SampleRow::customer).toList();
    }
}
