package com.discountworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StepAndStatusViewModelsTest {
    private final ViewModelFixture fixture = new ViewModelFixture();

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void overviewSaysWhatABlockedStepWaitsForAndLeadsThere() {
        StepOverviewViewModel simulate = new StepOverviewViewModel(PipelineStep.SIMULATE, fixture.pipeline, fixture.language);
        fixture.pipeline.markDone(PipelineStep.DATA);

        assertThat(simulate.statusText().get()).isEqualTo("Complete these steps first: Prepare, Network, Train.");
        assertThat(simulate.goToMissingText().get()).isEqualTo("Go to Prepare");
        assertThat(simulate.blocked().get()).isTrue();

        simulate.goToMissing();
        assertThat(fixture.pipeline.selectedStepProperty().get()).isEqualTo(PipelineStep.PREPARE);

        fixture.language.switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(simulate.statusText().get()).isEqualTo("请先完成以下步骤：预处理、网络、训练。");
    }

    @Test
    void overviewFollowsTheStateOfItsStep() {
        StepOverviewViewModel prepare = new StepOverviewViewModel(PipelineStep.PREPARE, fixture.pipeline, fixture.language);
        fixture.pipeline.markDone(PipelineStep.DATA);
        assertThat(prepare.statusText().get()).isEqualTo("Everything this step needs is in place.");
        assertThat(prepare.blocked().get()).isFalse();

        fixture.pipeline.markDone(PipelineStep.PREPARE);
        fixture.pipeline.markDone(PipelineStep.DATA);
        assertThat(prepare.stateProperty().get()).isEqualTo(StepState.STALE);
        assertThat(prepare.statusText().get()).startsWith("An earlier step has changed");
    }

    @Test
    void statusBarShowsTheRunningJobItsProgressAndCancelling() {
        StatusBarViewModel status = new StatusBarViewModel(fixture.jobs, fixture.language);
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(fixture.jobs, failure -> { });
        List<String> texts = new ArrayList<>();
        assertThat(status.text().get()).isEqualTo("Ready");

        executor.execute(BackgroundTask.of("Loading customers.csv", monitor -> {
            texts.add(status.text().get());
            monitor.progress(0.25, "12,000 rows");
            texts.add(status.text().get());
            assertThat(status.progress().get()).isEqualTo(0.25);
            assertThat(status.busy().get()).isTrue();
            assertThat(status.canCancel().get()).isTrue();
            status.cancel();
            texts.add(status.text().get());
            assertThat(status.canCancel().get()).isFalse();
            monitor.checkCancelled();
            return null;
        }));

        assertThat(texts).containsExactly("Loading customers.csv", "Loading customers.csv: 12,000 rows",
                "Cancelling Loading customers.csv…");
        assertThat(status.text().get()).isEqualTo("Ready");
        assertThat(status.busy().get()).isFalse();
    }
}
