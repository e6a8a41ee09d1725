package com.discountworkbench.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Makes the synthetic customer table: correlated behavior features from two hidden traits (engagement and
 * price sensitivity), a discount drawn uniformly from {@link #discountLevels()} independently of the
 * customer (a randomized experiment), and an outcome drawn from {@link TrueResponse}. The same seed always
 * gives the same rows. The hidden traits only shape the observed columns; the truth reads observed columns
 * only.
 */
public final class SampleDataGenerator {
    public static final int DEFAULT_ROWS = 20_000;
    public static final long DEFAULT_SEED = 20261128L;
    private static final double[] DISCOUNT_LEVELS = {0.0, 0.05, 0.10, 0.15, 0.20, 0.25, 0.30};
    private static final double[] CITY_TIER_SHARES = {0.20, 0.30, 0.30, 0.20};
    private static final double[] CATEGORY_SHARES =
            Arrays.stream(Category.values()).mapToDouble(Category::share).toArray();
    /** Spread of a single basket around its expected value (log scale). */
    private static final double BASKET_NOISE = 0.35;

    private final RandomDraws draws;
    private int produced;

    public SampleDataGenerator(long seed) {
        this.draws = new RandomDraws(seed);
    }

    /** The randomized discount grid: 0 to 30 % in steps of 5 points. */
    public static double[] discountLevels() {
        return DISCOUNT_LEVELS.clone();
    }

    /** The first {@code rows} rows for the seed, in memory. */
    public static List<SampleRow> generate(int rows, long seed) {
        SampleDataGenerator generator = new SampleDataGenerator(seed);
        List<SampleRow> result = new ArrayList<>(rows);
        for (int i = 0; i < rows; i++) {
            result.add(generator.next());
        }
        return result;
    }

    /** The first {@code rows} rows for the seed, made one at a time as they are read (for large files). */
    public static Iterable<SampleRow> stream(int rows, long seed) {
        return () -> new Iterator<>() {
            private final SampleDataGenerator generator = new SampleDataGenerator(seed);

            @Override public boolean hasNext() { return generator.produced < rows; }

            @Override public SampleRow next() { return generator.next(); }
        };
    }

    /** The next customer with their randomized offer and outcome. */
    public SampleRow next() {
        produced++;
        SampleCustomer customer = nextCustomer(String.format(Locale.ROOT, "C%06d", produced));
        double discount = DISCOUNT_LEVELS[draws.uniformInt(DISCOUNT_LEVELS.length)];
        return respond(customer, discount);
    }

    /** Draws what a customer does when offered a discount: buy or not per {@link TrueResponse}, and what they pay. */
    public SampleRow respond(SampleCustomer customer, double discount) {
        boolean purchased = draws.uniform() < TrueResponse.purchaseProbability(customer, discount);
        double spend = 0;
        if (purchased) {
            // Log-normal noise with mean 1, so the expected paid amount is exactly TrueResponse.expectedSpend.
            double noise = StrictMath.exp(BASKET_NOISE * draws.normal() - BASKET_NOISE * BASKET_NOISE / 2);
            spend = cents(TrueResponse.expectedSpend(customer, discount) * noise);
        }
        return new SampleRow(customer, discount, purchased, spend);
    }

    private SampleCustomer nextCustomer(String id) {
        int age = (int) clamp(Math.round(38 + 12 * draws.normal()), 18, 80);
        int cityTier = 1 + draws.pick(CITY_TIER_SHARES);
        Device device = device(age);
        Category category = Category.values()[draws.pick(CATEGORY_SHARES)];
        double engagement = draws.normal();
        double priceSensitivity = draws.normal();

        int sessions = draws.poisson(StrictMath.exp(1.2 + 0.6 * engagement) * draws.gamma(3, 1 / 3.0));
        int pageViews = draws.poisson(sessions * pagesPerSession(device));
        int cartAdds = draws.binomial(pageViews, clamp(0.05 + 0.02 * engagement, 0.005, 0.3));
        int pastOrders = draws.poisson(StrictMath.exp(0.6 + 0.5 * engagement + 0.3 * draws.normal()));
        double avgOrderValue = 0;
        int daysSinceLastOrder;
        if (pastOrders > 0) {
            // Price-sensitive customers and smaller cities buy smaller baskets; engaged customers buy more often.
            avgOrderValue = cents(category.typicalBasket() * StrictMath.exp(
                    0.35 * draws.normal() - 0.15 * priceSensitivity + 0.1 * (2.5 - cityTier)));
            daysSinceLastOrder = days(draws.exponential(60 * StrictMath.exp(-0.5 * engagement)));
        } else {
            daysSinceLastOrder = days(draws.exponential(90));
        }
        int couponsUsed = draws.binomial(pastOrders, TrueResponse.sigmoid(-1 + 1.2 * priceSensitivity));
        double margin = Math.round(clamp(category.baseMargin() + 0.04 * draws.normal(), 0.15, 0.75) * 1000) / 1000.0;
        return new SampleCustomer(id, age, cityTier, device, sessions, pageViews, cartAdds, pastOrders,
                avgOrderValue, daysSinceLastOrder, couponsUsed, category, (float) margin);
    }

    /** Younger customers shop on their phones; of the others, about four in five use a desktop. */
    private Device device(int age) {
        double mobileShare = clamp(0.75 - 0.007 * (age - 38), 0.3, 0.9);
        double u = draws.uniform();
        if (u < mobileShare) {
            return Device.MOBILE;
        }
        return u < mobileShare + (1 - mobileShare) * 0.78 ? Device.DESKTOP : Device.TABLET;
    }

    /** Bigger screens show more product pages per visit. */
    private static double pagesPerSession(Device device) {
        return switch (device) {
            case MOBILE -> 3.5;
            case DESKTOP -> 5.5;
            case TABLET -> 4.5;
        };
    }

    private static int days(double draw) {
        return (int) clamp(1 + Math.round(draw), 1, 365);
    }

    /** Rounded to cents, then to float32 like a value read back from the CSV. */
    private static double cents(double amount) {
        return (float) (Math.round(amount * 100) / 100.0);
    }

    private static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
