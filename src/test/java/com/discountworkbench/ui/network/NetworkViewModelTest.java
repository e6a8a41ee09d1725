package com.discountworkbench.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LayerSpec.Activation;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.Optimizer;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.session.SessionFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkViewModelTest {
    private final SessionFixture fixture = new SessionFixture();
    private final NetworkViewModel network = new NetworkViewModel(fixture.context);

    @TempDir
    Path folder;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    private TrainingPlan plan() {
        return fixture.session().planProperty().get();
    }

    private LayerTableViewModel purchaseLayers() {
        return network.purchase().layerTable();
    }

    @Test
    void showsTheSessionsPlan() {
        assertThat(purchaseLayers().layers()).isEqualTo(NetworkSpec.defaults().layers());
        assertThat(network.purchase().learningRateProperty().get())
                .isEqualTo(String.valueOf(NetworkSpec.defaults().learningRate()));
        assertThat(Double.parseDouble(network.purchase().l2Property().get())).isEqualTo(NetworkSpec.defaults().l2());
        assertThat(network.purchase().autoBatchProperty().get()).isTrue();
        assertThat(network.valueSameAsPurchaseProperty().get()).isTrue();
        assertThat(network.seedProperty().get()).isEqualTo("42");
        assertThat(network.diagram()).extracting(DiagramBox::title)
                .containsExactly("Inputs", "Dense", "Dense", "Output");
    }

    @Test
    void layerEditsGoIntoThePlanForBothModels() {
        int added = purchaseLayers().add(0);
        purchaseLayers().setKind(added, LayerKind.DROPOUT);
        purchaseLayers().setSize(added, "0.3");
        purchaseLayers().setActivation(0, Activation.TANH);
        purchaseLayers().setSize(2, "16");
        assertThat(purchaseLayers().moveUp(added)).isZero();
        assertThat(purchaseLayers().moveDown(0)).isEqualTo(1);

        List<LayerSpec> expected = List.of(LayerSpec.dense(64, Activation.TANH), LayerSpec.dropout(0.3),
                LayerSpec.dense(16, Activation.RELU));
        assertThat(plan().purchase().layers()).isEqualTo(expected);
        assertThat(plan().value().layers()).as("the value network follows").isEqualTo(expected);
        assertThat(plan().value().logTarget()).isTrue();

        purchaseLayers().remove(1);
        assertThat(plan().purchase().layers()).hasSize(2);
        assertThat(network.diagram()).extracting(DiagramBox::detail).contains("64 · Tanh", "16 · ReLU");
    }

    @Test
    void anInvalidLayerSizeIsRefusedWithTheEnginesMessage() {
        assertThat(purchaseLayers().setSize(0, "0")).isFalse();

        assertThat(purchaseLayers().errorProperty().get()).startsWith("A dense layer needs between 1 and 4096 units");
        assertThat(purchaseLayers().layers().get(0)).isEqualTo(LayerSpec.dense(64, Activation.RELU));
        assertThat(network.validProperty().get()).isFalse();

        assertThat(purchaseLayers().setSize(0, "lots")).isFalse();
        assertThat(purchaseLayers().errorProperty().get()).isEqualTo("Units: \"lots\" is not a whole number.");

        purchaseLayers().setSize(0, "48");
        assertThat(purchaseLayers().errorProperty().get()).isEmpty();
        assertThat(network.validProperty().get()).isTrue();
        assertThat(plan().purchase().layers().get(0)).isEqualTo(LayerSpec.dense(48, Activation.RELU));
    }

    @Test
    void invalidSettingsShowAMessageAndLeaveThePlanAlone() {
        NetworkSpec before = plan().purchase();

        network.purchase().learningRateProperty().set("fast");
        assertThat(network.purchase().errorProperty().get())
                .isEqualTo("Learning rate: \"fast\" is not a number. Use a point for decimals, for example 0.01.");
        network.purchase().learningRateProperty().set("0");
        assertThat(network.purchase().errorProperty().get()).startsWith("The learning rate must be above 0");
        assertThat(network.validProperty().get()).isFalse();
        assertThat(plan().purchase()).isEqualTo(before);

        network.purchase().autoBatchProperty().set(false);
        network.purchase().learningRateProperty().set("0.002");
        assertThat(network.purchase().batchSizeProperty().get()).as("offered when automatic is turned off")
                .isEqualTo(NetworkEditorViewModel.FIRST_FIXED_BATCH);
        network.purchase().batchSizeProperty().set("0");
        assertThat(network.purchase().errorProperty().get()).startsWith("The batch size must be at least 1 row");
        network.purchase().batchSizeProperty().set("128");
        network.purchase().optimizerProperty().set(Optimizer.RMSPROP);
        network.seedProperty().set("7");

        assertThat(network.validProperty().get()).isTrue();
        assertThat(plan().purchase().learningRate()).isEqualTo(0.002);
        assertThat(plan().purchase().batchSize()).isEqualTo(128);
        assertThat(plan().purchase().optimizer()).isEqualTo(Optimizer.RMSPROP);
        assertThat(plan().seed()).isEqualTo(7);

        network.seedProperty().set("seven");
        assertThat(network.seedErrorProperty().get()).isEqualTo("Seed: \"seven\" is not a whole number.");
        assertThat(plan().seed()).isEqualTo(7);
    }

    @Test
    void presetsReplaceTheShownNetwork() {
        network.applyPreset(NetworkPreset.DEEP);
        assertThat(plan().purchase().layers()).isEqualTo(NetworkSpec.deep().layers());
        assertThat(plan().purchase().learningRate()).isEqualTo(NetworkSpec.deep().learningRate());
        assertThat(plan().value()).isEqualTo(plan().purchase().forValueModel());
        assertThat(network.purchase().learningRateProperty().get())
                .isEqualTo(String.valueOf(NetworkSpec.deep().learningRate()));

        network.valueSameAsPurchaseProperty().set(false);
        network.shownProperty().set(ModelKind.VALUE);
        network.applyPreset(NetworkPreset.SMALL);

        assertThat(plan().value().layers()).isEqualTo(NetworkSpec.small().layers());
        assertThat(plan().value().logTarget()).isTrue();
        assertThat(plan().purchase().layers()).as("untouched").isEqualTo(NetworkSpec.deep().layers());
        assertThat(network.diagram()).hasSize(3);
    }

    @Test
    void theValueNetworkCanBeEditedSeparatelyAndJoinedAgain() {
        network.valueSameAsPurchaseProperty().set(false);
        network.value().layerTable().remove(1);
        network.value().logTargetProperty().set(false);

        assertThat(plan().value().layers()).containsExactly(LayerSpec.dense(64, Activation.RELU));
        assertThat(plan().value().logTarget()).isFalse();
        assertThat(plan().purchase().layers()).hasSize(2);

        network.valueSameAsPurchaseProperty().set(true);
        assertThat(plan().value()).isEqualTo(plan().purchase().forValueModel());
        assertThat(network.value().layerTable().layers()).hasSize(2);
    }

    @Test
    void countsParametersForTheFeaturesOfTheLoadedData() {
        assertThat(network.parameterSummary().get()).startsWith("The parameter count appears once");
        LoadedDataset data = SessionFixture.sampleData(folder, 300);

        fixture.session().dataProperty().set(data);

        int features = Preprocessor.fit(data.dataset(), PrepSpec.defaults(data.dataset())).featureCount();
        assertThat(network.featureCountProperty().get()).isEqualTo(features);
        long purchase = NetworkSpec.defaults().parameterCount(features);
        assertThat(network.parameterSummary().get()).isEqualTo(String.format(Locale.ENGLISH,
                "Purchase model: %,d parameters\nValue model: %,d parameters\nfor %d input features",
                purchase, purchase, features));
        assertThat(network.diagram().get(0).detail()).isEqualTo(Integer.toString(features));

        purchaseLayers().setSize(0, "10");
        assertThat(network.parameterSummary().get()).contains(String.format(Locale.ENGLISH, "Purchase model: %,d parameters",
                (long) features * 10 + 10 + 10 * 32 + 32 + 33));
    }

    @Test
    void marksTheStepDoneOnceItsInputsExistAndOnlyWhenThePlanChanges() {
        purchaseLayers().setSize(0, "40");
        assertThat(fixture.pipeline.state(PipelineStep.NETWORK)).as("prepare not done").isEqualTo(StepState.BLOCKED);

        fixture.pipeline.markDone(PipelineStep.DATA);
        fixture.pipeline.markDone(PipelineStep.PREPARE);
        purchaseLayers().setSize(0, "44");
        assertThat(fixture.pipeline.state(PipelineStep.NETWORK)).isEqualTo(StepState.DONE);

        fixture.pipeline.markDone(PipelineStep.TRAIN);
        network.purchase().learningRateProperty().set("x");
        network.purchase().learningRateProperty().set(String.valueOf(NetworkSpec.defaults().learningRate()));
        assertThat(fixture.pipeline.state(PipelineStep.TRAIN)).as("same plan as trained").isEqualTo(StepState.DONE);

        purchaseLayers().setSize(0, "45");
        assertThat(fixture.pipeline.state(PipelineStep.TRAIN)).isEqualTo(StepState.STALE);

        network.goToTrain();
        assertThat(fixture.pipeline.selectedStepProperty().get()).isEqualTo(PipelineStep.TRAIN);
    }

    @Test
    void aPlanSetElsewhereIsShown() {
        TrainingPlan opened = TrainingPlan.defaults().withNetworks(NetworkSpec.small(), NetworkSpec.deep().forValueModel())
                .withSeed(9);

        fixture.session().planProperty().set(opened);

        assertThat(purchaseLayers().layers()).isEqualTo(NetworkSpec.small().layers());
        assertThat(network.valueSameAsPurchaseProperty().get()).isFalse();
        assertThat(network.value().layerTable().layers()).isEqualTo(NetworkSpec.deep().layers());
        assertThat(network.seedProperty().get()).isEqualTo("9");
        assertThat(fixture.session().planProperty().get()).isSameAs(opened);
    }
}
