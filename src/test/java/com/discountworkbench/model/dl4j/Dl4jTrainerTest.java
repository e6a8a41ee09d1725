package com.discountworkbench.model.dl4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.Optimizer;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.model.TrainingResult.StopReason;
import com.discountworkbench.model.eval.RegressionMetrics;
import com.discountworkbench.model.eval.RocCurve;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Dl4jTrainerTest {
    private static final NetworkSpec QUICK = NetworkSpec.small().withBatchSize(64).withEpochs(8, 0);
    private final Dl4jTrainer trainer = new Dl4jTrainer();

    @Test
    void learnsASeparableProblemAndReportsEveryEpoch() {
        Problems train = Problems.separable(2000, 1);
        Problems validation = Problems.separable(500, 2);
        List<EpochMetrics> epochs = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        List<int[]> iterations = new ArrayList<>();
        TrainingListener listener = new TrainingListener() {
            @Override
            public void onIteration(int epoch, int iteration, double loss) {
                iterations.add(new int[] {epoch, iteration});
            }

            @Override
            public void onEpoch(EpochMetrics metrics) {
                epochs.add(metrics);
            }

            @Override
            public void onMessage(String message) {
                messages.add(message);
            }
        };

        TrainingResult result = train(train, validation, QUICK, listener, TaskMonitor.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.COMPLETED);
        assertThat(RocCurve.auc(predict(result, validation), validation.targets())).isGreaterThan(0.98);
        assertThat(epochs).hasSize(8).isEqualTo(result.history());
        EpochMetrics last = epochs.get(7);
        assertThat(last.validationAuc()).isGreaterThan(0.98);
        assertThat(last.validationRmse()).isNaN();
        assertThat(last.rowsPerSecond()).isPositive();
        assertThat(last.trainingLoss()).isLessThan(epochs.get(0).trainingLoss());
        assertThat(last.learningRate()).isLessThan(QUICK.learningRate()); // linear decay
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("Finished 8 epochs"));
        assertThat(iterations).hasSize(8 * 32); // 2000 rows in batches of 64: 32 updates per epoch, all sampled
        assertThat(iterations.get(iterations.size() - 1)).containsExactly(8, 32);
    }

    @Test
    void sameSeedGivesIdenticalPredictionsAndAnotherSeedDoesNot() {
        Problems train = Problems.logistic(1500, 0, 3);
        Problems validation = Problems.logistic(300, 0, 4);
        NetworkSpec withDropout = NetworkSpec.deep().withBatchSize(128).withEpochs(3, 0);

        float[] first = predict(train(train, validation, withDropout), validation);
        float[] second = predict(train(train, validation, withDropout), validation);
        float[] otherSeed = predict(train(train, validation, withDropout.withSeed(7)), validation);

        assertThat(second).isEqualTo(first);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void cancellingKeepsTheBestEpochSoFar() {
        Problems train = Problems.separable(2000, 5);
        Problems validation = Problems.separable(400, 6);
        int updatesPerEpoch = 2000 / 64 + 1;
        TaskMonitor cancelsInThirdEpoch = new TaskMonitor() {
            private int checks;

            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++checks > 2 * updatesPerEpoch + 5;
            }
        };

        TrainingResult result = train(train, validation, QUICK, TrainingListener.NONE, cancelsInThirdEpoch);

        assertThat(result.stopReason()).isEqualTo(StopReason.CANCELLED);
        assertThat(result.history()).hasSize(2);
        assertThat(result.bestEpoch()).isBetween(1, 2);
        assertThat(result.message()).contains("Cancelled in epoch 3", "Kept epoch");
        assertThat(RocCurve.auc(predict(result, validation), validation.targets())).isGreaterThan(0.9);
    }

    @Test
    void aHugeLearningRateIsDetectedAsDivergenceWithAdvice() {
        Problems train = Problems.spend(1000, 0.2, 7);
        NetworkSpec reckless = QUICK.forValueModel().withLogTarget(false).withOptimizer(Optimizer.NESTEROV, 5);

        TrainingResult result = trainer.train(train.features(), train.targets(), null, null, null, reckless,
                TrainingListener.NONE, TaskMonitor.NONE);

        assertThat(result.stopReason()).isEqualTo(StopReason.DIVERGED);
        assertThat(result.message()).contains("diverged", "Lower the learning rate (now 5.0; try 0.5)");
    }

    @Test
    void earlyStoppingRestoresTheBestValidationEpoch() {
        Problems train = Problems.noise(300, 8);
        Problems validation = Problems.noise(300, 9);
        NetworkSpec overfits = NetworkSpec.deep().withBatchSize(32).withEpochs(60, 3).withLearningRate(0.01)
                .forValueModel().withLogTarget(false);

        TrainingResult result = train(train, validation, overfits);

        assertThat(result.stopReason()).isEqualTo(StopReason.EARLY_STOPPED);
        int best = result.bestEpoch();
        assertThat(result.history()).hasSize(best + 3);
        double keptRmse = RegressionMetrics.of(predict(result, validation), validation.targets()).rmse();
        assertThat(keptRmse).isCloseTo(result.history().get(best - 1).validationRmse(), within(1e-4));
        assertThat(result.history().get(best - 1).validationLoss())
                .isLessThan(result.history().get(result.history().size() - 1).validationLoss());
    }

    @Test
    void theValueModelPredictsMeanSpendInTheDataUnits() {
        // Log-normal noise of 0.6: exp(mean log) alone would underestimate mean spend by exp(0.6²/2) − 1 ≈ 20 %.
        Problems train = Problems.spend(3000, 0.6, 10);
        Problems validation = Problems.spend(3000, 0.6, 11);

        TrainingResult result = train(train, validation, QUICK.forValueModel().withEpochs(15, 0));

        float[] predicted = predict(result, validation);
        RegressionMetrics metrics = RegressionMetrics.of(predicted, validation.targets());
        assertThat(metrics.r2()).isGreaterThan(0.25);
        Problems spendPredicted = new Problems(validation.features(), predicted);
        assertThat(spendPredicted.mean() / validation.mean()).isCloseTo(1.0, within(0.03));
        EpochMetrics kept = result.history().get(result.bestEpoch() - 1);
        assertThat(kept.validationRmse()).isCloseTo(metrics.rmse(), within(1e-3));
        assertThat(kept.validationAuc()).isNaN();
    }

    @Test
    void dataProblemsAreReportedInTheAnalystsTerms() {
        Problems train = Problems.separable(100, 12);
        float[] threeValued = train.targets().clone();
        threeValued[4] = 2;
        train.features().values()[4 * Problems.COLUMNS + 1] = Float.NaN;

        assertThatThrownBy(() -> trainer.train(train.features(), train.targets(), null, null, null, QUICK, null, null))
                .isInstanceOf(DataException.class).hasMessageContaining("'x2'").hasMessageContaining("row 5");
        Problems clean = Problems.separable(100, 12);
        assertThatThrownBy(() -> trainer.train(clean.features(), threeValued, null, null, null, QUICK, null, null))
                .isInstanceOf(DataException.class).hasMessageContaining("0 or 1");
    }

    private TrainingResult train(Problems train, Problems validation, NetworkSpec spec) {
        return train(train, validation, spec, TrainingListener.NONE, TaskMonitor.NONE);
    }

    private TrainingResult train(Problems train, Problems validation, NetworkSpec spec, TrainingListener listener,
            TaskMonitor monitor) {
        return trainer.train(train.features(), train.targets(), null, validation.features(), validation.targets(),
                spec, listener, monitor);
    }

    static float[] predict(TrainingResult result, Problems data) {
        TrainedNetwork network = result.network().orElseThrow();
        return network.predict(data.features());
    }
}
