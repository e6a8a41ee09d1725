package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.ModelReport.TrainingSummary;
import com.discountworkbench.prep.DataSplit;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.task.TaskMonitor;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Trains the purchase model and then the value model on one dataset: seeded stratified split, preprocessing
 * fitted on the training rows only, both networks, and an evaluation on the test rows.
 */
public final class DiscountModelTrainer {
    /** Below this many training buyers a spend network would memorize noise; the mean spend is used instead. */
    static final int MIN_BUYERS_FOR_VALUE_MODEL = 50;
    /** Probability at or above which the test report's confusion matrix counts a predicted buyer. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    /** Hears about each model as it starts; the returned listener receives that model's progress. */
    public interface Progress {
        Progress NONE = (kind, parameters) -> TrainingListener.NONE;

        TrainingListener startModel(ModelKind kind, long parameters);
    }

    private final NetworkTrainer engine;

    public DiscountModelTrainer(NetworkTrainer engine) {
        this.engine = engine;
    }

    public DiscountModel train(Dataset data, TrainingPlan plan, Progress progress, TaskMonitor monitor) {
        PrepSpec given = plan.preprocessing() != null ? plan.preprocessing() : PrepSpec.defaults(data);
        DataSplit split = DataSplit.stratified(Preprocessor.labels(data, given), plan.trainShare(),
                plan.validationShare(), plan.seed());
        Dataset trainRows = data.select(split.train());
        Dataset validationRows = data.select(split.validation());
        // The automatic choices (log1p for skewed amounts, missing indicators) must not look at the test rows either.
        PrepSpec spec = plan.preprocessing() != null ? plan.preprocessing() : PrepSpec.defaults(trainRows);
        monitor.progress(-1, "Fitting preprocessing on " + trainRows.rowCount() + " training rows");
        FittedPreprocessor prep = Preprocessor.fit(trainRows, spec);
        FeatureMatrix trainFeatures = prep.features(trainRows);
        FeatureMatrix validationFeatures = prep.features(validationRows);
        float[] trainLabels = prep.labels(trainRows);
        float[] validationLabels = prep.labels(validationRows);

        Map<ModelKind, TrainingSummary> summaries = new EnumMap<>(ModelKind.class);
        TrainingResult purchaseRun = run(ModelKind.PURCHASE, plan.purchase(), trainFeatures, trainLabels,
                validationFeatures, validationLabels, progress, monitor, summaries);
        TrainedNetwork purchase = purchaseRun.network().orElseThrow(() -> new DataException(
                "The purchase model could not be trained: " + purchaseRun.message()));

        Optional<TrainedNetwork> value = Optional.empty();
        double fallbackSpend = 1;
        int[] trainBuyers = ModelEvaluator.buyers(trainLabels);
        if (prep.valueColumn() != null && trainBuyers.length > 0) {
            float[] trainSpend = ModelEvaluator.pick(prep.values(trainRows), trainBuyers);
            fallbackSpend = mean(trainSpend);
            int[] validationBuyers = ModelEvaluator.buyers(validationLabels);
            if (trainBuyers.length >= MIN_BUYERS_FOR_VALUE_MODEL && validationBuyers.length > 0
                    && purchaseRun.stopReason() != TrainingResult.StopReason.CANCELLED) {
                TrainingResult valueRun = run(ModelKind.VALUE, plan.value(), trainFeatures.select(trainBuyers),
                        trainSpend, validationFeatures.select(validationBuyers),
                        ModelEvaluator.pick(prep.values(validationRows), validationBuyers), progress, monitor,
                        summaries);
                // A spend model that diverged at once must not silently become the mean spend for everyone.
                value = Optional.of(valueRun.network().orElseThrow(() -> new DataException(
                        "The value model could not be trained: " + valueRun.message())));
            }
        }
        DiscountModel model = new DiscountModel(prep, purchase, value, fallbackSpend, null,
                Provenance.of(data, plan.seed()));
        // A cancelled run still returns its best-so-far model with test metrics, minus the slow importance step.
        boolean cancelled = monitor.isCancelled() || summaries.values().stream()
                .anyMatch(summary -> summary.stopReason() == TrainingResult.StopReason.CANCELLED);
        monitor.progress(-1, "Evaluating on " + split.test().length + " test rows");
        ModelReport report = ModelEvaluator.evaluate(model, data.select(split.test()), DEFAULT_THRESHOLD,
                plan.seed(), !cancelled, monitor);
        return model.withReport(report.withTraining(summaries));
    }

    private TrainingResult run(ModelKind kind, NetworkSpec spec, FeatureMatrix features, float[] targets,
                               FeatureMatrix validation, float[] validationTargets, Progress progress,
                               TaskMonitor monitor, Map<ModelKind, TrainingSummary> summaries) {
        long parameters = spec.parameterCount(features.columns());
        TrainingListener listener = progress.startModel(kind, parameters);
        TrainingResult result = engine.train(features, targets, null, validation, validationTargets, spec, listener,
                monitor);
        summaries.put(kind, new TrainingSummary(result.history(), result.stopReason(), result.message(),
                result.bestEpoch(), parameters));
        return result;
    }

    private static double mean(float[] values) {
        double sum = 0;
        for (float value : values) {
            sum += value;
        }
        return values.length == 0 ? 1 : sum / values.length;
    }
}
