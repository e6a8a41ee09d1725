package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class EconomicsTest {
    private static final double EPS = 1e-5;

    /** P = 0.2 at 15 % off, paying 85 for a 100 basket, margin 40 % (c = 0.6), 0.10 per offer. */
    private static PolicyProblem handProblem() {
        List<TreatmentLevel> grid = Problems.grid(0, 0.15);
        ResponseMatrix responses = new ResponseMatrix(grid, 1, new float[] {0.1f, 0.2f}, new float[] {100f, 85f});
        OfferGrid offers = OfferGrid.of(grid, List.of(new OfferEconomics("0.15", Double.NaN, 0.10)));
        return new PolicyProblem(responses, offers, CustomerEconomics.uniformMargin(1, 0.4));
    }

    @Test
    void cellFiguresMatchTheHandComputation() {
        PolicyProblem problem = handProblem();
        assertThat(problem.listBasket(0, 1)).isCloseTo(100, within(EPS));
        assertThat(problem.revenue(0, 1)).isCloseTo(17, within(EPS));
        assertThat(problem.discountCost(0, 1)).isCloseTo(3, within(EPS));
        assertThat(problem.costOfGoods(0, 1)).isCloseTo(12, within(EPS));
        assertThat(problem.grossMargin(0, 1)).isCloseTo(5, within(EPS));
        assertThat(problem.profit(0, 1)).isCloseTo(4.9, within(EPS));
        assertThat(problem.marginAfterDiscount(0, 1)).isCloseTo(0.25 / 0.85, within(EPS));
        assertThat(problem.profit(0, 0)).isCloseTo(0.1 * 100 * 0.4, within(EPS));
        assertThat(problem.discountCost(0, 0)).isZero();
    }

    @Test
    void totalsAddTheCellsOfTheChosenLevels() {
        Totals totals = Totals.of(handProblem(), new int[] {1});
        assertThat(totals.conversions()).isCloseTo(0.2, within(EPS));
        assertThat(totals.revenue()).isCloseTo(17, within(EPS));
        assertThat(totals.discountCost()).isCloseTo(3, within(EPS));
        assertThat(totals.grossMargin()).isCloseTo(5, within(EPS));
        assertThat(totals.fixedCosts()).isCloseTo(0.10, within(EPS));
        assertThat(totals.profit()).isCloseTo(4.9, within(EPS));
    }

    @Test
    void rewardsForOffPolicyEvaluationUseTheSameEconomics() {
        PolicyProblem problem = handProblem();
        assertThat(PredictedRewards.spend(problem.responses())).containsExactly(new float[] {10f, 17f},
                within(1e-5f));
        assertThat(PredictedRewards.profit(problem)).containsExactly(new float[] {4f, 4.9f}, within(1e-5f));
        assertThat(LoggedOutcomes.realizedProfit(problem, new int[] {1}, new double[] {85})[0])
                .as("paid 85 at 15 % off: 100 list, 25 margin, minus the offer's 0.10").isCloseTo(24.9, within(EPS));
        assertThat(LoggedOutcomes.realizedProfit(problem, new int[] {1}, new double[] {0})[0]).isCloseTo(-0.1, within(EPS));
        assertThat(LoggedOutcomes.realizedProfit(problem, new int[] {0}, new double[] {50})[0]).isCloseTo(20, within(EPS));
    }

    @Test
    void parsesTheOfferOption() {
        OfferEconomics mens = OfferEconomics.parse("Mens E-Mail:discount=0,cost=0.10");
        assertThat(mens).isEqualTo(new OfferEconomics("Mens E-Mail", 0, 0.10));
        OfferEconomics percent = OfferEconomics.parse("Coupon: discount = 15% ");
        assertThat(percent.discountRate()).isCloseTo(0.15, within(1e-12));
        assertThat(percent.fixedCost()).isZero();
        assertThat(OfferEconomics.parse("0.1:cost=0.05").discountRate()).isNaN();
    }

    @Test
    void rejectsMalformedOffers() {
        assertThatThrownBy(() -> OfferEconomics.parse("Mens E-Mail")).isInstanceOf(DataException.class)
                .hasMessageContaining("NAME:discount=RATE,cost=AMOUNT");
        assertThatThrownBy(() -> OfferEconomics.parse("A:discount=abc")).isInstanceOf(DataException.class)
                .hasMessageContaining("'abc' is not a number");
        assertThatThrownBy(() -> OfferEconomics.parse("A:price=3")).hasMessageContaining("unknown setting 'price'");
        assertThatThrownBy(() -> OfferEconomics.parse("A:discount=1.2")).hasMessageContaining("below 1");
        assertThatThrownBy(() -> OfferEconomics.parse("A:cost=-1")).hasMessageContaining("≥ 0");
    }

    @Test
    void namedOffersTakeTheAnalystsRateAndCostAndNumericLevelsKeepTheirRate() {
        List<TreatmentLevel> named = List.of(TreatmentLevel.named("Mens E-Mail"), TreatmentLevel.named("No E-Mail"));
        OfferGrid grid = OfferGrid.of(named, List.of(OfferEconomics.parse("Mens E-Mail:discount=0.1,cost=0.10")));
        assertThat(grid.discountRate(0)).isEqualTo(0.1);
        assertThat(grid.fixedCost(0)).isEqualTo(0.10);
        assertThat(grid.discountRate(1)).isZero();
        assertThat(grid.baselineLevel()).isEqualTo(1);
        assertThat(grid.hasNamedOffers()).isTrue();

        OfferGrid numeric = OfferGrid.of(Problems.grid(0.1, 0, 0.2), List.of(OfferEconomics.parse("0.2:cost=0.5")));
        assertThat(numeric.discountRate(2)).isEqualTo(0.2);
        assertThat(numeric.fixedCost(2)).isEqualTo(0.5);
        assertThat(numeric.baselineLevel()).isEqualTo(1);
        assertThat(numeric.withBaseline("0.1").baselineLevel()).isZero();
    }

    @Test
    void tiesForTheBaselineGoToTheCheaperThenTheFirstLevel() {
        List<TreatmentLevel> named = List.of(TreatmentLevel.named("Mens E-Mail"), TreatmentLevel.named("No E-Mail"));
        assertThat(OfferGrid.of(named).baselineLevel()).isZero();
        assertThat(OfferGrid.of(named, List.of(OfferEconomics.parse("Mens E-Mail:cost=0.1"))).baselineLevel())
                .isEqualTo(1);
    }

    @Test
    void rejectsSettingsForUnknownLevelsOrChangedRates() {
        assertThatThrownBy(() -> OfferGrid.of(Problems.grid(0, 0.1), List.of(OfferEconomics.parse("Women:cost=1"))))
                .isInstanceOf(DataException.class).hasMessageContaining("no treatment level 'Women'");
        assertThatThrownBy(() -> OfferGrid.of(Problems.grid(0, 0.1), List.of(OfferEconomics.parse("0.1:discount=0.2"))))
                .isInstanceOf(DataException.class).hasMessageContaining("only its fixed cost");
        assertThatThrownBy(() -> OfferGrid.of(Problems.grid(0, 0.1)).withBaseline("0.3"))
                .isInstanceOf(DataException.class);
    }

    @Test
    void costRatiosComeFromAMarginColumnWithAFallbackForMissingValues() {
        NumericColumn margins = new NumericColumn("margin", ColumnType.DECIMAL, new float[] {0.4f, Float.NaN, 0.25f});
        CustomerEconomics economics = CustomerEconomics.fromMarginColumn(margins, 0.3);
        assertThat(economics.costRatio(0)).isCloseTo(0.6f, within(1e-6f));
        assertThat(economics.costRatio(1)).isCloseTo(0.7f, within(1e-6f));
        assertThat(economics.costRatio(2)).isCloseTo(0.75f, within(1e-6f));
        assertThatThrownBy(() -> CustomerEconomics.fromMarginColumn(margins, Double.NaN))
                .isInstanceOf(DataException.class).hasMessageContaining("Row 2").hasMessageContaining("margin");
        NumericColumn percents = new NumericColumn("margin", ColumnType.DECIMAL, new float[] {35f});
        assertThatThrownBy(() -> CustomerEconomics.fromMarginColumn(percents, 0.3))
                .isInstanceOf(DataException.class).hasMessageContaining("as 0.35");
        assertThatThrownBy(() -> CustomerEconomics.uniformMargin(3, 1.5)).isInstanceOf(DataException.class);
    }
}
