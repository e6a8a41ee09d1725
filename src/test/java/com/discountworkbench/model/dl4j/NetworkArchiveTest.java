package com.discountworkbench.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkArchiveTest {
    private final Dl4jTrainer trainer = new Dl4jTrainer();

    @Test
    void bytesRoundTripGivesIdenticalPredictionsSpecAndCalibration() {
        Problems train = Problems.logistic(1500, -2, 31);
        Problems validation = Problems.logistic(500, -2, 32);
        NetworkSpec spec = NetworkSpec.deep().withBatchSize(128).withEpochs(2, 0)
                .withClassBalance(ClassBalance.CLASS_WEIGHTS);
        TrainedNetwork original = trainer.train(train.features(), train.targets(), null, validation.features(),
                validation.targets(), spec, TrainingListener.NONE, TaskMonitor.NONE).network().orElseThrow();

        TrainedNetwork restored = trainer.fromBytes(original.toBytes());

        assertThat(restored.predict(validation.features())).isEqualTo(original.predict(validation.features()));
        assertThat(restored.spec()).isEqualTo(spec);
        assertThat(restored.calibration()).isEqualTo(original.calibration()).isNotEqualTo(Calibration.identity());
        assertThat(restored.inputNames()).containsExactly("x1", "x2", "x3", "x4");
    }

    @Test
    void theParameterCountOfTheSpecMatchesDl4j() {
        NetworkSpec spec = NetworkSpec.deep();
        assertThat(NetworkFactory.create(spec, 17, 10, 0).numParams()).isEqualTo(spec.parameterCount(17));
    }

    @Test
    void damagedOrForeignBytesGetAClearError() {
        Problems train = Problems.separable(300, 33);
        byte[] bytes = trainer.train(train.features(), train.targets(), null, null, null,
                NetworkSpec.small().withEpochs(1, 0), null, null).network().orElseThrow().toBytes();

        assertThatThrownBy(() -> trainer.fromBytes("not a network".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(DataException.class).hasMessageContaining("not a Discount Workbench network");
        assertThatThrownBy(() -> trainer.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)))
                .isInstanceOf(DataException.class).hasMessageContaining("damaged");
    }

    @Test
    void scoringChecksTheFeatureNames() {
        Problems train = Problems.separable(300, 34);
        TrainedNetwork network = trainer.train(train.features(), train.targets(), null, null, null,
                NetworkSpec.small().withEpochs(1, 0), null, null).network().orElseThrow();
        FeatureMatrix renamed = new FeatureMatrix(train.features().values(), 300, List.of("x1", "x2", "x3", "age"));

        assertThatThrownBy(() -> network.predict(renamed)).isInstanceOf(DataException.class)
                .hasMessageContaining("'age'").hasMessageContaining("'x4'");
    }
}
