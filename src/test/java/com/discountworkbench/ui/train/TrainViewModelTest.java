package com.discountworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.TrainingResult.StopReason;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.session.SessionFixture;
import com.discountworkbench.ui.train.TrainViewModel.RunState;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training from the Train step's view model, on a few hundred generated customers, a few epochs, no display. */
class TrainViewModelTest {
    @TempDir
    static Path dataFolder;
    private static LoadedDataset data;

    private final SessionFixture fixture = new SessionFixture();
    // Batches of events are applied at once, on the training thread, which in these tests is the test's own.
    private final TrainViewModel train = new TrainViewModel(fixture.context, (action, delay) -> action.run());

    @TempDir
    Path folder;

    @BeforeAll
    static void generateData() {
        data = SessionFixture.sampleData(dataFolder, 1200);
    }

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private void readyToTrain(int epochs) {
        NetworkSpec network = NetworkSpec.small().withEpochs(epochs, 0);
        fixture.session().planProperty().set(TrainingPlan.defaults().withNetworks(network, network.forValueModel()));
        fixture.session().dataProperty().set(data);
        fixture.session().engineReadyProperty().set(true);
    }

    private DiscountModel model() {
        return fixture.session().modelProperty().get();
    }

    @Test
    void startWaitsForTheEngineAndTheData() {
        assertThat(train.canStart().get()).isFalse();
        assertThat(train.startHint().get()).isEqualTo("Loading the neural network engine…");
        fixture.session().engineReadyProperty().set(true);
        assertThat(train.startHint().get()).isEqualTo("Load a customer file on the Data step first.");

        readyToTrain(2);

        assertThat(train.canStart().get()).isTrue();
        assertThat(train.startHint().get())
                .isEqualTo("Trains on 1,200 rows with the Network step's settings (up to 2 epochs per model).");
        assertThat(train.files().canSave().get()).isFalse();
    }

    @Test
    void trainsBothModelsLiveAndPublishesTheModel() {
        readyToTrain(2);

        train.start();

        assertThat(fixture.unhandledFailures).isEmpty();
        assertThat(model()).isNotNull();
        assertThat(model().value()).isPresent();
        assertThat(fixture.pipeline.state(PipelineStep.TRAIN)).isEqualTo(StepState.DONE);
        assertThat(fixture.pipeline.state(PipelineStep.NETWORK)).as("the settings used").isNotEqualTo(StepState.READY);
        assertThat(train.stateProperty().get()).isEqualTo(RunState.IDLE);
        for (ModelKind kind : ModelKind.values()) {
            LossChartViewModel chart = train.run().chart(kind);
            assertThat(chart.updates()).as(kind.name()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(chart.epochTraining()).as(kind.name()).hasSize(2);
            assertThat(chart.validation()).as(kind.name()).hasSize(2);
            assertThat(chart.updates().get(chart.updates().size() - 1).x())
                    .as("steps keep counting across epochs").isEqualTo(chart.epochTraining().get(1).x());
        }
        assertThat(train.run().epochs()).extracting(EpochRow::model)
                .containsExactly(ModelKind.PURCHASE, ModelKind.PURCHASE, ModelKind.VALUE, ModelKind.VALUE);
        assertThat(train.run().epochs().get(1).metrics().validationAuc()).isBetween(0.0, 1.0);
        assertThat(train.run().log()).anyMatch(line -> line.contains("Training started on 1,200 rows."))
                .anyMatch(line -> line.contains("Purchase model: ") && line.endsWith(" parameters."))
                .anyMatch(line -> line.contains("Finished 2 epochs."))
                .anyMatch(line -> line.endsWith("Evaluating on the test rows"))
                .last().satisfies(line -> assertThat(line).endsWith("The model is ready for the Inspect and Simulate steps."));
        assertThat(train.summary()).extracting(MetricLine::name)
                .contains("AUC", "Log loss", "Brier score", "Spend RMSE", "Spend R²", "Purchase training");
        assertThat(train.summary()).filteredOn(line -> line.name().equals("Purchase training"))
                .extracting(MetricLine::value).singleElement().asString()
                .matches("all epochs ran; kept epoch [12] of 2");
        assertThat(train.run().progressProperty().get()).isZero();
    }

    @Test
    void stopKeepsTheBestEpochSoFarAndStillDeliversAModel() {
        readyToTrain(20);
        stopAfterFirstEpoch(() -> train.stop());

        train.start();

        assertThat(model()).isNotNull();
        assertThat(model().report().training().get(ModelKind.PURCHASE).stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(model().report().training().get(ModelKind.PURCHASE).epochs()).hasSizeLessThan(20);
        assertThat(model().value()).as("stopped before the value model").isEmpty();
        assertThat(train.run().log()).anyMatch(line -> line.endsWith("Stopping: the best epoch so far is kept."))
                .anyMatch(line -> line.endsWith("expected spend uses the mean spend of the training buyers."))
                .last().satisfies(line -> assertThat(line).endsWith("The model with the best epochs so far is ready."));
        assertThat(train.summary()).extracting(MetricLine::value).anyMatch(value -> value.startsWith("not trained"));
        assertThat(fixture.pipeline.state(PipelineStep.TRAIN)).isEqualTo(StepState.DONE);
        assertThat(train.stateProperty().get()).isEqualTo(RunState.IDLE);
    }

    @Test
    void cancelDiscardsTheRun() {
        readyToTrain(20);
        stopAfterFirstEpoch(fixture.jobs::cancelAll);

        train.start();

        assertThat(model()).isNull();
        assertThat(fixture.unhandledFailures).isEmpty();
        assertThat(train.run().log()).last().satisfies(line -> assertThat(line).endsWith("the run was discarded."));
        assertThat(fixture.pipeline.state(PipelineStep.TRAIN)).isNotEqualTo(StepState.DONE);
        assertThat(train.stateProperty().get()).isEqualTo(RunState.IDLE);
        assertThat(train.canStart().get()).isTrue();
    }

    @Test
    void savesTheModelAndOpensItAgainWithItsEpochs() throws Exception {
        readyToTrain(2);
        train.start();
        DiscountModel trained = model();
        Path file = folder.resolve("campaign");

        fixture.dialogs.answerFile(file);
        train.files().save();

        Path saved = folder.resolve("campaign.dwm");
        assertThat(Files.size(saved)).isPositive();
        assertThat(train.run().log()).last().satisfies(line -> assertThat(line).contains("Saved the model to"));

        fixture.dialogs.answerFile(saved);
        train.files().open();

        assertThat(model()).isNotSameAs(trained);
        assertThat(model().report().purchase().metrics()).isEqualTo(trained.report().purchase().metrics());
        LossChartViewModel chart = train.run().chart(ModelKind.PURCHASE);
        assertThat(chart.axisProperty().get()).isEqualTo(LossChartViewModel.Axis.EPOCHS);
        assertThat(chart.updates()).isEmpty();
        assertThat(chart.validation()).extracting(LossChartViewModel.LossPoint::x).containsExactly(1.0, 2.0);
        assertThat(train.run().epochs()).hasSize(4);
        assertThat(fixture.unhandledFailures).isEmpty();
    }

    /** Runs {@code action} when the first epoch of the purchase model reaches the table, i.e. mid-training. */
    private void stopAfterFirstEpoch(Runnable action) {
        train.run().epochs().addListener((ListChangeListener<EpochRow>) change -> {
            if (train.run().epochs().size() == 1) {
                action.run();
            }
        });
    }
}
