package com.discountworkbench.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.policy.Objective;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import com.discountworkbench.ui.task.ManualTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Simulate screen without a display: scoring, recomputing on every change, dropping stale results. */
class SimulateViewModelTest {
    private SimulateFixture fixture;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void waitsForAModelThenScoresOptimizesAndPublishesThePolicy() {
        fixture = new SimulateFixture(new CurrentThreadTaskExecutor());
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("train a model first");

        fixture.withTrainedModel();

        assertThat(viewModel.readyProperty().get()).isTrue();
        PolicyResult result = viewModel.resultProperty().get();
        assertThat(result.levels()).hasSize(TrainedSample.ROWS);
        assertThat(fixture.session.policyProperty().get()).isSameAs(result);
        assertThat(fixture.session.problemProperty().get().responses()).isSameAs(result.problem().responses());
        assertThat(fixture.pipeline.state(PipelineStep.SIMULATE)).isEqualTo(StepState.DONE);
        assertThat(viewModel.kpis().card(KpiCard.Kind.PROFIT).valueProperty().get()).matches("[\\d,.]+");
        assertThat(viewModel.kpis().card(KpiCard.Kind.VS_NO_DISCOUNT).toneProperty().get())
                .isEqualTo(KpiCard.Tone.GAIN);
        assertThat(viewModel.charts().marginLines()).isNotEmpty();
        assertThat(viewModel.charts().budgetLines().get(0).points()).hasSize(13);
        assertThat(viewModel.charts().distribution().get(0).bars()).hasSize(
                result.problem().levels());
        assertThat(viewModel.offPolicy().availableProperty().get()).isTrue();
        assertThat(viewModel.offPolicy().ipsProperty().get()).contains("95% interval");
        assertThat(viewModel.constraints().budgetCeilingProperty().get()).isPositive();
    }

    @Test
    void aSliderChangeRecomputesTheFigures() {
        fixture = new SimulateFixture(new CurrentThreadTaskExecutor()).withTrainedModel();
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        PolicyResult before = viewModel.resultProperty().get();
        String conversionsBefore = viewModel.kpis().card(KpiCard.Kind.CONVERSIONS).valueProperty().get();

        viewModel.constraints().maxDiscountProperty().set(0);

        PolicyResult after = viewModel.resultProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.constraints().maxDiscount()).isZero();
        assertThat(after.summary().totals().discountCost()).isZero();
        assertThat(viewModel.kpis().card(KpiCard.Kind.CONVERSIONS).valueProperty().get())
                .isNotEqualTo(conversionsBefore);
        assertThat(viewModel.kpis().card(KpiCard.Kind.VS_NO_DISCOUNT).valueProperty().get()).isEqualTo("0.00");
        assertThat(fixture.session.policyProperty().get()).isSameAs(after);
    }

    @Test
    void theBudgetMarginSourceSegmentsObjectiveAndGuardAllReachTheOptimizer() {
        fixture = new SimulateFixture(new CurrentThreadTaskExecutor()).withTrainedModel();
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        ConstraintsViewModel controls = viewModel.constraints();
        double ceiling = controls.budgetCeilingProperty().get();

        controls.budgetOnProperty().set(true);
        controls.budgetProperty().set(ceiling / 4);
        assertThat(viewModel.resultProperty().get().summary().totals().discountCost())
                .isLessThanOrEqualTo(ceiling / 4 + 1e-6);
        assertThat(viewModel.kpis().card(KpiCard.Kind.DISCOUNT_COST).detailProperty().get()).containsIgnoringCase("budget");

        controls.marginColumnProperty().set(ConstraintsViewModel.ONE_RATE_FOR_ALL);
        controls.marginRateProperty().set(0.5);
        assertThat(viewModel.resultProperty().get().problem().customerEconomics().costRatio(0)).isEqualTo(0.5f);

        controls.segmentColumnProperty().set("device");
        assertThat(viewModel.resultProperty().get().summary().bySegment()).hasSizeGreaterThan(1);
        assertThat(viewModel.charts().distribution()).hasSizeGreaterThan(2);

        controls.objectiveProperty().set(Objective.CONVERSIONS);
        controls.monotoneGuardProperty().set(true);
        PolicyResult last = viewModel.resultProperty().get();
        assertThat(last.constraints().objective()).isEqualTo(Objective.CONVERSIONS);
        assertThat(last.constraints().profitFloor()).isZero();
        assertThat(last.constraints().monotoneGuard()).isTrue();
    }

    @Test
    void onlyTheLatestOfABurstOfChangesIsShown() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        fixture = new SimulateFixture(tasks).withTrainedModel();
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        tasks.runAll();
        PolicyResult settled = viewModel.resultProperty().get();
        double top = viewModel.constraints().maxDiscountCeilingProperty().get();

        viewModel.constraints().maxDiscountProperty().set(0);
        viewModel.constraints().maxDiscountProperty().set(top / 2);
        viewModel.constraints().maxDiscountProperty().set(0.05);
        assertThat(viewModel.computingProperty().get()).isTrue();
        tasks.runNext();
        assertThat(viewModel.resultProperty().get()).as("the first run was superseded, its result dropped")
                .isSameAs(settled);

        tasks.runAll();
        assertThat(viewModel.computingProperty().get()).isFalse();
        assertThat(viewModel.resultProperty().get().constraints().maxDiscount()).isEqualTo(0.05);
        assertThat(fixture.session.policyProperty().get().constraints().maxDiscount()).isEqualTo(0.05);
    }

    @Test
    void aCustomGridIsRescoredAndMarkedWhenItGoesBeyondTheModel() {
        fixture = new SimulateFixture(new CurrentThreadTaskExecutor()).withTrainedModel();
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        assertThat(viewModel.customGridAllowedProperty().get()).isTrue();
        assertThat(viewModel.modelLevelsProperty().get()).startsWith("0%, 5%");

        viewModel.customGridProperty().set(true);
        viewModel.customGridTextProperty().set("5%, 10");
        viewModel.applyCustomGrid();
        assertThat(viewModel.gridMessageProperty().get()).contains("include 0");

        viewModel.constraints().segmentColumnProperty().set("device");
        viewModel.customGridTextProperty().set("0, 12.5%, 0.25, 40%");
        viewModel.applyCustomGrid();
        assertThat(viewModel.constraints().segmentColumnProperty().get()).as("choices survive a new grid")
                .isEqualTo("device");
        assertThat(viewModel.constraints().maxDiscountCeilingProperty().get()).isEqualTo(0.4);
        assertThat(viewModel.resultProperty().get().problem().offers().levels()).extracting(level -> level.rate())
                .containsExactly(0.0, 0.125, 0.25, 0.4);
        assertThat(viewModel.gridMessageProperty().get()).contains("extrapolated");

        viewModel.customGridProperty().set(false);
        assertThat(viewModel.resultProperty().get().problem().levels())
                .isEqualTo(TrainedSample.get().model().preprocessing().treatmentLevels().size());
    }

    @Test
    void anotherModelDiscardsThePolicyUntilItIsScored() {
        ManualTaskExecutor tasks = new ManualTaskExecutor();
        fixture = new SimulateFixture(tasks).withTrainedModel();
        SimulateViewModel viewModel = new SimulateViewModel(fixture.context);
        tasks.runAll();

        fixture.session.modelProperty().set(null);

        assertThat(viewModel.readyProperty().get()).isFalse();
        assertThat(fixture.session.policyProperty().get()).isNull();
        assertThat(fixture.pipeline.state(PipelineStep.SIMULATE)).isNotEqualTo(StepState.DONE);
        assertThat(viewModel.kpis().card(KpiCard.Kind.PROFIT).valueProperty().get()).isEqualTo("–");
    }
}
