package com.discountworkbench.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.task.TaskMonitor;
import org.junit.jupiter.api.Test;

/** Rare buyers: balancing moves the raw probabilities up, calibration brings them back to observed rates. */
class ClassBalanceTest {
    private static final Problems TRAIN = Problems.logistic(4000, -3, 21);
    private static final Problems VALIDATION = Problems.logistic(4000, -3, 22);
    private static final NetworkSpec SPEC = NetworkSpec.small().withBatchSize(128).withEpochs(6, 0);

    @Test
    void classWeightsAndBalancedSamplingRaiseRawProbabilitiesAndCalibrationRestoresThem() {
        double observed = VALIDATION.mean();
        assertThat(observed).isBetween(0.03, 0.15);

        double plain = meanRaw(train(SPEC));
        double weighted = meanRaw(train(SPEC.withClassBalance(ClassBalance.CLASS_WEIGHTS)));
        double sampled = meanRaw(train(SPEC.withClassBalance(ClassBalance.BALANCED_SAMPLING)));

        assertThat(plain).isCloseTo(observed, within(0.03));
        assertThat(weighted).isGreaterThan(0.25);
        assertThat(sampled).isGreaterThan(0.25);
        for (ClassBalance balance : ClassBalance.values()) {
            double calibrated = mean(Dl4jTrainerTest.predict(train(SPEC.withClassBalance(balance)), VALIDATION));
            assertThat(calibrated).as(balance.name()).isCloseTo(observed, within(0.01));
        }
    }

    @Test
    void rowWeightsChangeWhatTheNetworkLearns() {
        float[] buyersCountTenfold = new float[TRAIN.targets().length];
        for (int i = 0; i < buyersCountTenfold.length; i++) {
            buyersCountTenfold[i] = TRAIN.targets()[i] == 1f ? 10f : 1f;
        }

        TrainingResult weighted = new Dl4jTrainer().train(TRAIN.features(), TRAIN.targets(), buyersCountTenfold,
                VALIDATION.features(), VALIDATION.targets(), SPEC, TrainingListener.NONE, TaskMonitor.NONE);

        assertThat(meanRaw(weighted)).isGreaterThan(2 * meanRaw(train(SPEC)));
    }

    private static TrainingResult train(NetworkSpec spec) {
        return new Dl4jTrainer().train(TRAIN.features(), TRAIN.targets(), null, VALIDATION.features(),
                VALIDATION.targets(), spec, TrainingListener.NONE, TaskMonitor.NONE);
    }

    private static double meanRaw(TrainingResult result) {
        return mean(((Dl4jNetwork) result.network().orElseThrow()).rawOutputs(VALIDATION.features()));
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}
