package com.discountworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.prep.DataSplit;
import com.discountworkbench.prep.FittedColumn;
import com.discountworkbench.prep.NumericFeature;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiscountModelTrainerTest {
    private static final Path SAMPLE = Path.of("sample-data", "customers.csv");

    @TempDir
    Path dir;

    private final DiscountModelTrainer trainer = new DiscountModelTrainer(new Dl4jTrainer());

    /** Small networks and few epochs: these tests check behaviour, not the best reachable quality. */
    private static TrainingPlan quickPlan(int epochs, long seed) {
        NetworkSpec purchase = NetworkSpec.small().withEpochs(epochs, 0);
        // The spend model sees only the buyers, so more epochs stay cheap.
        NetworkSpec value = purchase.forValueModel().withEpochs(3 * epochs, 0);
        return TrainingPlan.defaults().withNetworks(purchase, value).withSeed(seed);
    }

    private DiscountModel train(Dataset data, TrainingPlan plan) {
        return trainer.train(data, plan, DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
    }

    @Test
    void learnsThePurchaseOnTheSampleData() {
        Dataset sample = SyntheticCustomers.read(SAMPLE);

        DiscountModel model = train(sample, quickPlan(4, 42));

        ModelReport report = model.report();
        assertThat(report.purchase().metrics().rows()).isEqualTo(3000);
        assertThat(report.purchase().metrics().auc()).isGreaterThan(0.7);
        assertThat(report.value()).isNotNull();
        assertThat(report.value().metrics().r2()).isGreaterThan(0.3);
        assertThat(report.training()).containsOnlyKeys(ModelKind.PURCHASE, ModelKind.VALUE);
        assertThat(report.training().get(ModelKind.PURCHASE).epochs()).hasSize(4);
        assertThat(report.uplift()).containsKeys("0.05", "0.3");
        assertThat(model.preprocessing().treatmentLevels()).hasSize(7);
    }

    @Test
    void reachesAHighAucOnASeparableCase() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("separable.csv"), 3000, 5));

        DiscountModel model = train(data, quickPlan(15, 42));

        assertThat(model.report().purchase().metrics().auc()).isGreaterThan(0.97);
        assertThat(model.report().purchase().importance().get(0).feature()).isIn("x1", "x2", "discount");
    }

    @Test
    void theSameSeedGivesIdenticalPredictions() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), 1500, 7));

        DiscountModel first = train(data, quickPlan(3, 11));
        DiscountModel second = train(data, quickPlan(3, 11));
        DiscountModel otherSeed = train(data, quickPlan(3, 12));

        var features = first.preprocessing().features(data);
        assertThat(second.purchaseProbability(second.preprocessing().features(data)))
                .containsExactly(first.purchaseProbability(features));
        assertThat(second.expectedSpend(second.preprocessing().features(data)))
                .containsExactly(first.expectedSpend(features));
        assertThat(otherSeed.purchaseProbability(otherSeed.preprocessing().features(data)))
                .isNotEqualTo(first.purchaseProbability(features));
    }

    @Test
    void preprocessingStatisticsComeFromTheTrainingRowsOnly() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), 1000, 3));
        TrainingPlan plan = quickPlan(1, 42);

        DiscountModel model = train(data, plan);

        PrepSpec spec = PrepSpec.defaults(data);
        DataSplit split = DataSplit.stratified(Preprocessor.labels(data, spec), plan.trainShare(),
                plan.validationShare(), plan.seed());
        float[] x1 = ((NumericColumn) data.column("x1")).values();
        NumericFeature fitted = numericFeature(model, "x1");
        assertThat(fitted.center()).isCloseTo(mean(x1, split.train()), within(1e-6));
        assertThat(Math.abs(fitted.center() - mean(x1, allRows(x1.length)))).isGreaterThan(1e-4);
        assertThat(model.preprocessing().trainingRows()).isEqualTo(split.train().length);
    }

    @Test
    void scoresCategoriesAndMissingValuesNeverSeenInTraining() throws IOException {
        Path trainFile = SyntheticCustomers.write(dir.resolve("train.csv"), 1000, 3);
        DiscountModel model = train(SyntheticCustomers.read(trainFile), quickPlan(2, 42));
        Path newCustomers = Files.write(dir.resolve("new.csv"), List.of(
                "customer_id,x1,x2,color,discount",
                "N1,0.9,0.8,purple,0.1",
                "N2,0.1,,green,0",
                "N3,0.5,0.5,,0.2"));

        Dataset customers = SyntheticCustomers.read(newCustomers);
        var features = model.preprocessing().features(customers);
        float[] probabilities = model.purchaseProbability(features);

        assertThat(features.names()).contains("color=other");
        assertThat(probabilities).hasSize(3);
        float[] spend = model.expectedSpend(features);
        for (int i = 0; i < 3; i++) {
            assertThat(probabilities[i]).isBetween(0f, 1f);
            assertThat(spend[i]).isFinite().isNotNegative();
        }
    }

    @Test
    void aCancelledRunKeepsItsModelAndReport() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), 2000, 3));
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskMonitor cancelDuringTraining = new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                if (fraction > 0.1) {
                    cancelled.set(true);
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };

        DiscountModel model = trainer.train(data, quickPlan(20, 42), DiscountModelTrainer.Progress.NONE,
                cancelDuringTraining);

        ModelReport.TrainingSummary purchase = model.report().training().get(ModelKind.PURCHASE);
        assertThat(purchase.stopReason()).isEqualTo(TrainingResult.StopReason.CANCELLED);
        assertThat(purchase.epochs().size()).isLessThan(20);
        assertThat(model.report().training()).doesNotContainKey(ModelKind.VALUE);
        assertThat(model.value()).isEmpty();
        assertThat(model.report().purchase().metrics().rows()).isBetween(290, 310);
        assertThat(model.report().purchase().importance()).isEmpty();
        assertThat(model.purchaseProbability(model.preprocessing().features(data))).hasSize(2000);
    }

    @Test
    void aDivergingRunSaysWhatToChange() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), 1000, 3));
        NetworkSpec purchase = NetworkSpec.small().withEpochs(2, 0);
        NetworkSpec reckless = purchase.forValueModel().withLogTarget(false).withOptimizer(Optimizer.NESTEROV, 10);
        TrainingPlan plan = TrainingPlan.defaults().withNetworks(purchase, reckless);

        assertThatThrownBy(() -> train(data, plan))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("The value model could not be trained: Training diverged in epoch 1")
                .hasMessageContaining("Lower the learning rate (now 10.0; try 1.0)");
    }

    @Test
    void rolesComeFromTheDataUnlessTheAnalystChangesThem() throws IOException {
        Dataset data = SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), 600, 3));
        assertThat(data.roles()).containsEntry("bought", ColumnRole.LABEL).containsEntry("discount",
                ColumnRole.TREATMENT).containsEntry("spend", ColumnRole.VALUE).containsEntry("customer_id",
                ColumnRole.ID);

        DiscountModel model = train(data.withRoles(Map.of("color", ColumnRole.IGNORE)), quickPlan(1, 42));

        assertThat(model.preprocessing().columns()).extracting(FittedColumn::column).containsExactly("x1", "x2");
        assertThat(model.provenance().roles()).containsEntry("color", ColumnRole.IGNORE);
    }

    private static NumericFeature numericFeature(DiscountModel model, String column) {
        return model.preprocessing().columns().stream().filter(c -> c.column().equals(column))
                .map(NumericFeature.class::cast).findFirst().orElseThrow();
    }

    private static double mean(float[] values, int[] rows) {
        double sum = 0;
        for (int row : rows) {
            sum += values[row];
        }
        return sum / rows.length;
    }

    private static int[] allRows(int count) {
        return IntStream.range(0, count).toArray();
    }
}
