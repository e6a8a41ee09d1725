package com.discountworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SampleDataGeneratorTest {
    private static List<SampleRow> rows;

    @BeforeAll
    static void generate() {
        rows = SampleDataGenerator.generate(SampleDataGenerator.DEFAULT_ROWS, SampleDataGenerator.DEFAULT_SEED);
    }

    @Test
    void sameSeedGivesSameRowsAndAnotherSeedOthers() {
        assertThat(SampleDataGenerator.generate(500, 42)).isEqualTo(SampleDataGenerator.generate(500, 42));
        assertThat(SampleDataGenerator.generate(500, 43)).isNotEqualTo(SampleDataGenerator.generate(500, 42));
    }

    @Test
    void streamingGivesTheSameRowsAsInMemory() {
        List<SampleRow> streamed = new ArrayList<>();
        SampleDataGenerator.stream(300, 7).forEach(streamed::add);
        assertThat(streamed).isEqualTo(SampleDataGenerator.generate(300, 7));
    }

    @Test
    void columnsStayInPlausibleRanges() {
        double[] grid = SampleDataGenerator.discountLevels();
        for (int i = 0; i < rows.size(); i++) {
            SampleRow row = rows.get(i);
            SampleCustomer c = row.customer();
            assertThat(c.id()).isEqualTo(String.format("C%06d", i + 1));
            assertThat(c.age()).isBetween(18, 80);
            assertThat(c.cityTier()).isBetween(1, 4);
            assertThat(c.cartAdds30d()).isLessThanOrEqualTo(c.pageViews30d());
            if (c.sessions30d() == 0) {
                assertThat(c.pageViews30d()).as("no visits, no page views").isZero();
            }
            assertThat(c.couponsUsed()).isLessThanOrEqualTo(c.pastOrders());
            assertThat(c.avgOrderValue() > 0).isEqualTo(c.pastOrders() > 0);
            assertThat(c.daysSinceLastOrder()).isBetween(1, 365);
            assertThat(c.grossMarginRate()).isBetween(0.15, 0.75);
            assertThat(grid).contains(row.discountOffered());
            assertThat(row.spend() > 0).isEqualTo(row.purchased());
        }
        assertThat(rows.stream().map(r -> r.customer().device()).distinct()).hasSize(Device.values().length);
        assertThat(rows.stream().map(r -> r.customer().favoriteCategory()).distinct())
                .hasSize(Category.values().length);
        assertThat(rows.stream().filter(r -> r.customer().pastOrders() == 0).count())
                .as("a realistic share of first-time customers").isBetween(1_000L, 6_000L);
    }

    @Test
    void discountIsRandomizedIndependentlyOfTheCustomer() {
        double[] grid = SampleDataGenerator.discountLevels();
        double overallSessions = rows.stream().mapToInt(r -> r.customer().sessions30d()).average().orElseThrow();
        double overallCoupons = rows.stream().mapToDouble(r -> TrueResponse.couponShare(r.customer())).average()
                .orElseThrow();
        for (double level : grid) {
            List<SampleRow> arm = rows.stream().filter(r -> r.discountOffered() == level).toList();
            // Expected share 1/7 = 14.3 %; one standard deviation is 0.25 points at 20,000 rows.
            assertThat((double) arm.size() / rows.size()).as("share of arm %s", level).isBetween(0.13, 0.156);
            assertThat(arm.stream().mapToInt(r -> r.customer().sessions30d()).average().orElseThrow())
                    .isCloseTo(overallSessions, within(overallSessions * 0.06));
            assertThat(arm.stream().mapToDouble(r -> TrueResponse.couponShare(r.customer())).average().orElseThrow())
                    .isCloseTo(overallCoupons, within(overallCoupons * 0.04));
        }
    }

    @Test
    void engagementFeaturesAreCorrelated() {
        double[] sessions = rows.stream().mapToDouble(r -> r.customer().sessions30d()).toArray();
        double[] views = rows.stream().mapToDouble(r -> r.customer().pageViews30d()).toArray();
        double[] carts = rows.stream().mapToDouble(r -> r.customer().cartAdds30d()).toArray();
        double[] orders = rows.stream().mapToDouble(r -> r.customer().pastOrders()).toArray();
        assertThat(correlation(sessions, views)).isGreaterThan(0.8);
        assertThat(correlation(views, carts)).isGreaterThan(0.6);
        assertThat(correlation(sessions, orders)).isGreaterThan(0.2);
    }

    @Test
    void outcomesFollowTheTrueResponse() {
        double buyers = rows.stream().filter(SampleRow::purchased).count();
        double expected = rows.stream()
                .mapToDouble(r -> TrueResponse.purchaseProbability(r.customer(), r.discountOffered())).sum();
        assertThat(buyers / rows.size()).isBetween(0.10, 0.25);
        // Binomial noise on 20,000 rows: one standard deviation is about 57 buyers.
        assertThat(buyers).isCloseTo(expected, within(230.0));
        double[] spendRatio = rows.stream().filter(SampleRow::purchased)
                .mapToDouble(r -> r.spend() / TrueResponse.expectedSpend(r.customer(), r.discountOffered()))
                .toArray();
        assertThat(Arrays.stream(spendRatio).average().orElseThrow()).isCloseTo(1.0, within(0.03));
    }

    private static double correlation(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow();
        double my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
