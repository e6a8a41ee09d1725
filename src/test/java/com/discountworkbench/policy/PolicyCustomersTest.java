package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.sample.SampleColumns;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.TrainedSample;
import org.junit.jupiter.api.Test;

/** The customer file's ids, margins, segments and history, lined up with the scored customers of a real model. */
class PolicyCustomersTest {
    private final TrainedSample sample = TrainedSample.get();
    private final PolicyCustomers inputs = PolicyCustomers.of(sample.model(), sample.data());

    @Test
    void offersTheMarginAndSegmentColumnsOfTheFile() {
        assertThat(inputs.customers()).isEqualTo(TrainedSample.ROWS);
        assertThat(inputs.marginColumns()).containsExactly(SampleColumns.GROSS_MARGIN_RATE);
        assertThat(inputs.defaultMarginSource()).isEqualTo(MarginSource.column(SampleColumns.GROSS_MARGIN_RATE,
                PolicyCustomers.DEFAULT_MARGIN_RATE));
        assertThat(inputs.segmentColumns()).contains(SampleColumns.DEVICE, SampleColumns.FAVORITE_CATEGORY,
                SampleColumns.CITY_TIER).doesNotContain(SampleColumns.CUSTOMER_ID, SampleColumns.AGE,
                SampleColumns.SPEND);
        assertThat(inputs.ids().name()).isEqualTo(SampleColumns.CUSTOMER_ID);
        assertThat(inputs.ids().display(0)).isEqualTo(sample.data().column(SampleColumns.CUSTOMER_ID).display(0));
    }

    @Test
    void economicsComeFromTheColumnOrOneRate() {
        CustomerEconomics fromColumn = inputs.economics(inputs.defaultMarginSource());
        float firstMargin = ((NumericColumn) sample.data().column(SampleColumns.GROSS_MARGIN_RATE)).get(0);
        assertThat(fromColumn.costRatio(0)).isCloseTo(1 - firstMargin, offset(1e-6f));
        assertThat(inputs.economics(MarginSource.uniform(0.25)).costRatio(7)).isEqualTo(0.75f);
        assertThatThrownBy(() -> inputs.economics(MarginSource.column(SampleColumns.DEVICE, 0.3)))
                .isInstanceOf(DataException.class).hasMessageContaining("does not hold numbers");
    }

    @Test
    void numericSegmentsAreNamedByTheirValuesInOrder() {
        Segments tiers = inputs.segments(SampleColumns.CITY_TIER);
        assertThat(tiers.names()).containsExactly("1", "2", "3", "4");
        Segments devices = inputs.segments(SampleColumns.DEVICE);
        assertThat(devices.count()).isGreaterThan(1);
        assertThat(inputs.segments(null).names()).containsExactly("all");
        assertThatThrownBy(() -> inputs.segments(SampleColumns.AGE)).isInstanceOf(DataException.class)
                .hasMessageContaining("too many different values");
    }

    @Test
    void theHistoryEstimatesThePolicyBesideTheModelsPrediction() {
        ResponseMatrix responses = ResponseScorer.score(sample.model(), sample.data(),
                sample.model().preprocessing().treatmentLevels(), TaskMonitor.NONE);
        PolicyProblem problem = inputs.problem(responses, OfferGrid.of(responses.levels()),
                inputs.defaultMarginSource(), SampleColumns.DEVICE);
        PolicyResult result = new PolicyOptimizer().optimize(problem, PolicyConstraints.none());

        assertThat(HistoryEvaluator.profitUnavailableReason(inputs, responses.levels())).isNull();
        assertThat(inputs.observedLevels(responses.levels())).hasSize(TrainedSample.ROWS).doesNotContain(-1);
        OpeReport report = HistoryEvaluator.recommendedProfit(inputs, result, new HistorySettings(null, 50, 1),
                TaskMonitor.NONE);

        assertThat(report.customers()).isEqualTo(TrainedSample.ROWS);
        assertThat(report.matched()).isBetween(1, TrainedSample.ROWS - 1);
        assertThat(report.ips().lower()).isLessThanOrEqualTo(report.ips().value());
        assertThat(report.ips().upper()).isGreaterThanOrEqualTo(report.ips().value());
        assertThat(report.modelPredicted()).isCloseTo(result.summary().totals().profit() / TrainedSample.ROWS,
                offset(1e-3));
    }
}
