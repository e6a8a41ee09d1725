package com.discountworkbench.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.Segments;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Inspect step with a small trained model, without a display: scoring, publishing, recommendation, curves. */
class InspectViewModelTest {
    private final TrainedSample tiny = TrainedSample.get();
    private final WorkbenchSession session = new WorkbenchSession();
    private final PipelineViewModel pipeline = new PipelineViewModel();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    private InspectViewModel inspect;

    @BeforeEach
    void openWithATrainedModel() {
        session.dataProperty().set(tiny.loaded());
        session.modelProperty().set(tiny.model());
        inspect = new InspectViewModel(session, pipeline, new CurrentThreadTaskExecutor(), dialogs, language);
    }

    @Test
    void everyCustomerIsScoredAtEveryLevelAndAtTheOfferTheyGot() {
        CustomerScores scores = inspect.scoresProperty().get();

        assertThat(scores.customers()).isEqualTo(TrainedSample.ROWS);
        assertThat(scores.problem().levels()).isEqualTo(7);
        assertThat(scores.hasObserved()).isTrue();
        assertThat(scores.ids()[0]).isEqualTo("C000001");
        assertThat(scores.margin().column()).isEqualTo("gross_margin_rate");
        assertThat(inspect.table().rows()).hasSize(TrainedSample.ROWS);
        assertThat(inspect.status().get()).isEqualTo("2,000 customers scored at 7 discount levels.");
        // P(buy) at the offer a customer got is P(buy) at that level of the grid.
        int[] offered = tiny.model().preprocessing().observedLevels(tiny.data(),
                scores.problem().offers().levels());
        for (int customer = 0; customer < 20; customer++) {
            assertThat(scores.observed()[customer]).isCloseTo(
                    (float) scores.problem().probability(customer, offered[customer]), within(1e-5f));
        }
    }

    @Test
    void theScoredProblemIsPublishedForSimulateAndTheStepIsDone() {
        assertThat(session.problemProperty().get()).isSameAs(inspect.scoresProperty().get().problem());
        assertThat(pipeline.state(PipelineStep.INSPECT)).isEqualTo(StepState.DONE);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aProblemSomebodyElsePublishedIsLeftAlone() {
        PolicyProblem simulates = inspect.scoresProperty().get().problem().withSegments(Segments.single(TrainedSample.ROWS));
        session.problemProperty().set(simulates);

        inspect.score();

        assertThat(session.problemProperty().get()).isSameAs(simulates);
    }

    @Test
    void withoutAPolicyTheRecommendationIsTheUnconstrainedOptimumAndSaysSo() {
        Recommendation recommendation = inspect.recommendationProperty().get();

        assertThat(recommendation.source()).isEqualTo(Recommendation.Source.UNCONSTRAINED);
        assertThat(inspect.recommendationSource().get()).contains("without constraints")
                .contains("gross_margin_rate").contains("35%");
        PolicyProblem problem = recommendation.problem();
        for (int customer = 0; customer < 50; customer++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < problem.levels(); k++) {
                best = Math.max(best, problem.profit(customer, k));
            }
            assertThat(recommendation.profit(customer)).isCloseTo(best, within(1e-9));
        }
    }

    @Test
    void aSimulatePolicyReplacesTheRecommendation() {
        PolicyResult capped = new PolicyOptimizer().optimize(inspect.scoresProperty().get().problem(),
                PolicyConstraints.none().withMaxDiscount(0.05));

        session.policyProperty().set(capped);

        assertThat(inspect.recommendationProperty().get().source()).isEqualTo(Recommendation.Source.SIMULATE);
        assertThat(inspect.recommendationSource().get()).isEqualTo("Recommended discount: the policy set up in Simulate.");
        inspect.table().recommendedLevelProperty().set(new FilterChoice(0, 2));
        assertThat(inspect.table().rows()).as("nobody gets 10 % under a 5 % cap").isEmpty();
    }

    @Test
    void selectingACustomerScoresTheirCurveOnAOnePercentGrid() {
        CustomerScores scores = inspect.scoresProperty().get();
        int customer = 17;

        inspect.table().select(customer);

        ResponseCurve curve = inspect.curve().curveProperty().get();
        assertThat(curve.customer()).isEqualTo(customer);
        assertThat(curve.levels()).hasSize(7);
        assertThat(curve.curve()).hasSize(31);
        assertThat(curve.curve().get(30).rate()).isCloseTo(0.30, within(1e-9));
        PolicyProblem problem = scores.problem();
        int fifteen = problem.offers().indexOf("0.15");
        ResponseCurve.Point onGrid = curve.curve().get(15);
        assertThat(onGrid.probability()).isCloseTo(problem.probability(customer, fifteen), within(1e-5));
        assertThat(onGrid.profit()).isCloseTo(problem.profit(customer, fifteen), within(1e-3));
        assertThat(inspect.curve().probabilityCurve()).hasSize(31);
        assertThat(inspect.curve().recommendedProfit()).hasSize(1);
        assertThat(inspect.curve().summary().get()).startsWith("Customer C000018: recommended ");
    }

    @Test
    void filtersNarrowTheTableAndTheHistogramFollows() {
        CustomerTableViewModel table = inspect.table();

        table.searchProperty().set("c0001");

        assertThat(table.rows()).as("C000100 to C000199").hasSize(100);
        assertThat(table.shownText().get()).isEqualTo("100 of 2,000 customers");
        assertThat(table.histogram()).hasSize(20);
        assertThat(table.histogram().stream().mapToDouble(bar -> bar.value()).sum()).isEqualTo(100);

        table.searchProperty().set("");
        table.measureProperty().set(ProbabilityMeasure.NO_DISCOUNT);
        table.minPercentProperty().set(30);
        for (int position = 0; position < table.rows().size(); position++) {
            int customer = table.rows().row(position);
            assertThat(table.table().value(CustomerColumn.NO_DISCOUNT, customer)).isGreaterThanOrEqualTo(0.3f);
        }
        assertThat(table.text(CustomerColumn.NO_DISCOUNT, table.rows().row(0))).endsWith("%");
    }

    @Test
    void sortingKeepsTheSelectedCustomer() {
        CustomerTableViewModel table = inspect.table();
        table.select(5);

        table.sort(CustomerColumn.EXPECTED_PROFIT, false);

        assertThat(table.selectedCustomerProperty().get()).isEqualTo(5);
        float first = table.table().value(CustomerColumn.EXPECTED_PROFIT, table.rows().row(0));
        float second = table.table().value(CustomerColumn.EXPECTED_PROFIT, table.rows().row(1));
        assertThat(first).isGreaterThanOrEqualTo(second);
    }

    @Test
    void retrainingScoresAgainAndTheModelChartsFollow() {
        CustomerScores before = inspect.scoresProperty().get();

        session.modelProperty().set(tiny.model().withReport(tiny.model().report().withTraining(Map.of())));

        assertThat(inspect.scoresProperty().get() != before).as("scored again").isTrue();
        assertThat(session.problemProperty().get()).isSameAs(inspect.scoresProperty().get().problem());
        assertThat(inspect.charts().roc()).isNotEmpty();
        assertThat(inspect.charts().calibration()).hasSize(10);
        assertThat(inspect.charts().lift()).hasSize(10);
        assertThat(inspect.charts().importance()).hasSizeLessThanOrEqualTo(ModelChartsViewModel.MAX_FEATURES)
                .isNotEmpty();
        assertThat(inspect.charts().rocCaption().get()).startsWith("Test split: AUC 0.");
    }

    @Test
    void withoutAModelThereIsNothingToScore() {
        session.modelProperty().set(null);

        assertThat(inspect.scoresProperty().get()).isNull();
        assertThat(inspect.canScore().get()).isFalse();
        assertThat(inspect.table().rows()).isEmpty();
        assertThat(inspect.status().get()).isEqualTo("Nothing scored yet.");
    }
}
