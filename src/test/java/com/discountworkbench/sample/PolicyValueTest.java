package com.discountworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PolicyValueTest {
    private static final double[] GRID = SampleDataGenerator.discountLevels();
    private static List<SampleRow> rows;
    private static PolicyValue value;

    @BeforeAll
    static void generate() {
        rows = SampleDataGenerator.generate(SampleDataGenerator.DEFAULT_ROWS, SampleDataGenerator.DEFAULT_SEED);
        value = new PolicyValue(rows.stream().map(SampleRow::customer).toList(), 0);
    }

    @Test
    void perCustomerPolicyBeatsBestUniformWhichBeatsNoDiscount() {
        PolicyFigures figures = value.figures(GRID);
        double none = figures.noDiscountProfit();
        assertThat(figures.bestUniform().discount()).isBetween(0.05, 0.2);
        assertThat(figures.bestUniform().profit()).isGreaterThan(none * 1.10);
        assertThat(figures.bestIncrementalProfit()).isGreaterThan(none * 0.30);
        assertThat(figures.bestUniformCapturedShare()).as("uniform captures much less than 90 %").isBetween(0.2, 0.65);
        assertThat(figures.capturedShare(figures.bestPolicyProfit())).isCloseTo(1.0, within(1e-12));
        assertThat(figures.capturedShare(none)).isZero();
        assertThat(figures.bestPolicyConversions()).isGreaterThan(figures.noDiscountConversions());
        int zeroLevel = 0;
        assertThat(figures.bestPolicyCounts()[zeroLevel]).as("many customers are best left alone")
                .isBetween(rows.size() / 4, rows.size() * 3 / 4);
        assertThat(java.util.Arrays.stream(figures.bestPolicyCounts()).sum()).isEqualTo(rows.size());
    }

    @Test
    void bestPolicyIsTheArgmaxForEveryCustomer() {
        double[] best = value.bestPolicy(GRID);
        for (int i = 0; i < rows.size(); i += 7) {
            SampleCustomer c = rows.get(i).customer();
            double chosen = TrueResponse.trueExpectedProfit(c, best[i], 0);
            for (double d : GRID) {
                assertThat(chosen).isGreaterThanOrEqualTo(TrueResponse.trueExpectedProfit(c, d, 0));
            }
        }
        double[] logged = rows.stream().mapToDouble(SampleRow::discountOffered).toArray();
        assertThat(value.profit(best)).isGreaterThan(value.profit(logged));
        assertThat(value.profit(best)).isGreaterThan(value.bestUniform(GRID).profit());
    }

    @Test
    void constraintsAreRespected() {
        double[] capped = value.bestPolicy(GRID, 0.10, Double.NEGATIVE_INFINITY);
        assertThat(java.util.Arrays.stream(capped).max().orElseThrow()).isEqualTo(0.10);
        double[] margined = value.bestPolicy(GRID, 1.0, 0.40);
        List<SampleCustomer> customers = rows.stream().map(SampleRow::customer).toList();
        for (int i = 0; i < margined.length; i++) {
            double d = margined[i];
            if (d > 0) {
                assertThat((1 - d - customers.get(i).costRatio()) / (1 - d)).isGreaterThanOrEqualTo(0.40);
            }
        }
        double unconstrained = value.profit(value.bestPolicy(GRID));
        assertThat(value.profit(capped)).isLessThan(unconstrained).isGreaterThan(value.noDiscountProfit());
        assertThat(value.profit(margined)).isLessThan(unconstrained).isGreaterThan(value.noDiscountProfit());
    }

    @Test
    void fixedCostLowersEveryPolicyByTheSameAmount() {
        List<SampleCustomer> customers = rows.stream().limit(2_000).map(SampleRow::customer).toList();
        PolicyFigures free = new PolicyValue(customers, 0).figures(GRID);
        PolicyFigures costly = new PolicyValue(customers, 0.25).figures(GRID);
        assertThat(costly.noDiscountProfit()).isCloseTo(free.noDiscountProfit() - 500, within(1e-6));
        assertThat(costly.bestIncrementalProfit()).isCloseTo(free.bestIncrementalProfit(), within(1e-6));
        assertThat(costly.bestUniformCapturedShare()).isCloseTo(free.bestUniformCapturedShare(), within(1e-9));
    }

    @Test
    void rejectsPoliciesOfTheWrongSizeAndBadInputs() {
        assertThatThrownBy(() -> value.profit(new double[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 discounts for 20000 customers");
        assertThatThrownBy(() -> value.bestPolicy(new double[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PolicyValue(List.of(), -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
