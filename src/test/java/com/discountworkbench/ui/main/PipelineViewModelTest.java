package com.discountworkbench.ui.main;

import static com.discountworkbench.ui.main.PipelineStep.DATA;
import static com.discountworkbench.ui.main.PipelineStep.EXPORT;
import static com.discountworkbench.ui.main.PipelineStep.FEEDBACK;
import static com.discountworkbench.ui.main.PipelineStep.INSPECT;
import static com.discountworkbench.ui.main.PipelineStep.NETWORK;
import static com.discountworkbench.ui.main.PipelineStep.PREPARE;
import static com.discountworkbench.ui.main.PipelineStep.SIMULATE;
import static com.discountworkbench.ui.main.PipelineStep.TRAIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PipelineViewModelTest {
    private final PipelineViewModel pipeline = new PipelineViewModel();

    @Test
    void aFreshWorkbenchCanOnlyStartWithData() {
        assertThat(pipeline.state(DATA)).isEqualTo(StepState.READY);
        for (PipelineStep step : new PipelineStep[] {PREPARE, NETWORK, TRAIN, INSPECT, SIMULATE, EXPORT, FEEDBACK}) {
            assertThat(pipeline.state(step)).as(step.name()).isEqualTo(StepState.BLOCKED);
        }
        assertThat(pipeline.selectedStepProperty().get()).isEqualTo(DATA);
        assertThat(pipeline.hasResultsProperty().get()).isFalse();
    }

    @Test
    void finishingAStepMakesTheNextOnesReady() {
        pipeline.markDone(DATA);
        pipeline.markDone(PREPARE);
        pipeline.markDone(NETWORK);
        pipeline.markDone(TRAIN);

        assertThat(pipeline.state(TRAIN)).isEqualTo(StepState.DONE);
        assertThat(pipeline.state(INSPECT)).isEqualTo(StepState.READY);
        assertThat(pipeline.state(SIMULATE)).isEqualTo(StepState.READY);
        assertThat(pipeline.state(FEEDBACK)).isEqualTo(StepState.READY);
        assertThat(pipeline.state(EXPORT)).isEqualTo(StepState.BLOCKED);
        assertThat(pipeline.hasResultsProperty().get()).isTrue();
    }

    @Test
    void redoingAnEarlierStepMakesLaterResultsStaleUntilTheyRunAgain() {
        for (PipelineStep step : new PipelineStep[] {DATA, PREPARE, NETWORK, TRAIN, SIMULATE}) {
            pipeline.markDone(step);
        }

        pipeline.markDone(PREPARE);

        assertThat(pipeline.state(DATA)).isEqualTo(StepState.DONE);
        assertThat(pipeline.state(PREPARE)).isEqualTo(StepState.DONE);
        assertThat(pipeline.state(NETWORK)).isEqualTo(StepState.STALE);
        assertThat(pipeline.state(TRAIN)).isEqualTo(StepState.STALE);
        assertThat(pipeline.state(SIMULATE)).isEqualTo(StepState.STALE);
        assertThat(pipeline.state(INSPECT)).as("never ran, so nothing to be stale").isEqualTo(StepState.READY);

        pipeline.markDone(TRAIN);
        assertThat(pipeline.state(TRAIN)).isEqualTo(StepState.DONE);
        assertThat(pipeline.state(NETWORK)).as("still computed from old preparation").isEqualTo(StepState.STALE);
    }

    @Test
    void discardingAStepDiscardsEverythingBuiltOnIt() {
        for (PipelineStep step : new PipelineStep[] {DATA, PREPARE, NETWORK, TRAIN}) {
            pipeline.markDone(step);
        }

        pipeline.discard(NETWORK);

        assertThat(pipeline.state(PREPARE)).isEqualTo(StepState.DONE);
        assertThat(pipeline.state(NETWORK)).isEqualTo(StepState.READY);
        assertThat(pipeline.state(TRAIN)).isEqualTo(StepState.BLOCKED);
        assertThat(pipeline.missingPrerequisites(SIMULATE)).containsExactly(NETWORK, TRAIN);
    }

    @Test
    void resetReturnsToAnEmptyWorkbenchOnTheDataStep() {
        pipeline.markDone(DATA);
        pipeline.select(PREPARE);

        pipeline.reset();

        assertThat(pipeline.state(DATA)).isEqualTo(StepState.READY);
        assertThat(pipeline.state(PREPARE)).isEqualTo(StepState.BLOCKED);
        assertThat(pipeline.selectedStepProperty().get()).isEqualTo(DATA);
    }

    @Test
    void stepsKnowWhatTheyNeed() {
        assertThat(EXPORT.dependsOn(DATA)).isTrue();
        assertThat(FEEDBACK.dependsOn(SIMULATE)).isFalse();
        assertThat(TRAIN.dependents()).containsExactlyInAnyOrder(INSPECT, SIMULATE, EXPORT, FEEDBACK);
        assertThat(pipeline.missingPrerequisites(EXPORT)).containsExactly(DATA, PREPARE, NETWORK, TRAIN, SIMULATE);
        assertThat(SIMULATE.number()).isEqualTo(6);
    }
}
