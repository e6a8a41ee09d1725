package com.discountworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.LayerSpec.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSpecTest {

    @Test
    void presetsSurviveAJsonRoundTrip() {
        for (NetworkSpec spec : List.of(NetworkSpec.small(), NetworkSpec.defaults(), NetworkSpec.deep(),
                NetworkSpec.defaults().forValueModel().withClassBalance(ClassBalance.NONE))) {
            assertThat(NetworkSpecJson.read(NetworkSpecJson.write(spec))).isEqualTo(spec);
        }
    }

    @Test
    void jsonNamesLayerTypesAndAcceptsLowerCaseEnums() {
        String json = NetworkSpecJson.write(NetworkSpec.deep());
        assertThat(json).contains("\"type\" : \"dense\"", "\"type\" : \"batchNorm\"", "\"type\" : \"dropout\"");

        NetworkSpec edited = NetworkSpecJson.read(
                json.replace("\"RELU\"", "\"tanh\"").replace("\"ADAM\"", "\"rmsprop\""));

        assertThat(edited.optimizer()).isEqualTo(Optimizer.RMSPROP);
        assertThat(edited.layers().get(0)).isEqualTo(LayerSpec.dense(128, Activation.TANH));
    }

    @Test
    void countsWeightsBiasesAndBatchNormStatistics() {
        // 24·64+64 + 64·32+32 + 32·1+1
        assertThat(NetworkSpec.defaults().parameterCount(24)).isEqualTo(3713);
        // 10·128+128 + 4·128 + 128·64+64 + 4·64 + 64·32+32 + 32+1
        assertThat(NetworkSpec.deep().parameterCount(10)).isEqualTo(1408 + 512 + 8256 + 256 + 2080 + 33);
        assertThat(NetworkSpec.defaults().withLayers(List.of()).parameterCount(5)).isEqualTo(6);
    }

    @Test
    void invalidValuesGetMessagesThatSayWhatIsWrong() {
        assertThatThrownBy(() -> LayerSpec.dense(0, Activation.RELU))
                .isInstanceOf(DataException.class).hasMessageContaining("units").hasMessageContaining("got 0");
        assertThatThrownBy(() -> LayerSpec.dropout(1.5)).isInstanceOf(DataException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> NetworkSpec.defaults().withLearningRate(0)).isInstanceOf(DataException.class)
                .hasMessageContaining("learning rate");
        assertThatThrownBy(() -> NetworkSpec.defaults().forValueModel().withClassBalance(ClassBalance.CLASS_WEIGHTS))
                .isInstanceOf(DataException.class).hasMessageContaining("purchase model");
        assertThatThrownBy(() -> NetworkSpec.defaults().withLogTarget(true)).isInstanceOf(DataException.class)
                .hasMessageContaining("value model");
    }

    @Test
    void invalidJsonBecomesADataException() {
        String zeroUnits = NetworkSpecJson.write(NetworkSpec.small()).replace("\"units\" : 32", "\"units\" : 0");
        assertThatThrownBy(() -> NetworkSpecJson.read(zeroUnits)).isInstanceOf(DataException.class)
                .hasMessageContaining("Invalid network configuration").hasMessageContaining("got 0");
        assertThatThrownBy(() -> NetworkSpecJson.read("{\"layers\": [], \"colour\": 1}"))
                .isInstanceOf(DataException.class).hasMessageContaining("not valid JSON");
    }

    @Test
    void automaticBatchSizeAimsAtFortyUpdatesPerEpochWithinLimits() {
        NetworkSpec spec = NetworkSpec.defaults();
        assertThat(spec.effectiveBatchSize(160_000)).isEqualTo(4096);
        assertThat(spec.effectiveBatchSize(38_400)).isEqualTo(1024);
        assertThat(spec.effectiveBatchSize(7_400)).isEqualTo(256);
        assertThat(spec.effectiveBatchSize(100)).isEqualTo(100);
        assertThat(spec.withBatchSize(500).effectiveBatchSize(160_000)).isEqualTo(500);
    }
}
