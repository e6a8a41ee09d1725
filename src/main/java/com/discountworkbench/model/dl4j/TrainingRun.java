package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.model.TrainingResult.StopReason;
import com.discountworkbench.task.TaskMonitor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One training run: the epoch loop with cancellation between updates, divergence checks, best-epoch tracking and
 * early stopping. Keeps a copy of the weights of the best epoch (lowest validation loss; the latest epoch without
 * validation) and returns to it at the end, on cancel and on divergence.
 */
final class TrainingRun {
    /** Weights this large mean the optimizer is oscillating out of control (inputs are standardized). */
    private static final double MAX_WEIGHT = 1e4;
    private static final int LOSS_SAMPLES_PER_EPOCH = 20;

    private final MultiLayerNetwork network;
    private final TrainingData data;
    private final NetworkSpec spec;
    private final TrainingBatches batches;
    private final TrainingListener listener;
    private final TaskMonitor monitor;
    private final List<EpochMetrics> history = new ArrayList<>();
    private final long start = System.nanoTime();
    private INDArray bestWeights;
    private int bestEpoch;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private long updates;

    TrainingRun(MultiLayerNetwork network, TrainingData data, NetworkSpec spec, TrainingBatches batches,
            TrainingListener listener, TaskMonitor monitor) {
        this.network = network;
        this.data = data;
        this.spec = spec;
        this.batches = batches;
        this.listener = listener;
        this.monitor = monitor;
    }

    TrainingResult execute() {
        long plannedUpdates = (long) batches.batchesPerEpoch() * spec.epochs();
        int sampleEvery = Math.max(1, batches.batchesPerEpoch() / LOSS_SAMPLES_PER_EPOCH);
        for (int epoch = 1; epoch <= spec.epochs(); epoch++) {
            long epochStart = System.nanoTime();
            List<DataSet> epochBatches = batches.nextEpoch();
            double lossSum = 0;
            for (int i = 0; i < epochBatches.size(); i++) {
                if (monitor.isCancelled()) {
                    return finish(StopReason.CANCELLED, "Cancelled in epoch " + epoch + ".");
                }
                network.fit(epochBatches.get(i));
                updates++;
                double loss = network.score();
                if (!Double.isFinite(loss)) {
                    return diverged(epoch, "the loss became " + loss);
                }
                lossSum += loss;
                if ((i + 1) % sampleEvery == 0 || i == epochBatches.size() - 1) {
                    listener.onIteration(epoch, i + 1, loss);
                    if (weightsExploded()) {
                        return diverged(epoch, "the weights grew beyond " + (long) MAX_WEIGHT);
                    }
                    monitor.progress((double) updates / plannedUpdates, "Epoch " + epoch + " of " + spec.epochs());
                }
            }
            double trainingSeconds = (System.nanoTime() - epochStart) / 1e9;
            ValidationScore score = ValidationScore.of(network, data, spec);
            if (data.hasValidation() && !Double.isFinite(score.loss())) {
                return diverged(epoch, "the validation loss became " + score.loss());
            }
            if (!data.hasValidation() || score.loss() < bestLoss) {
                bestLoss = score.loss();
                bestEpoch = epoch;
                bestWeights = network.params().dup();
            }
            recordEpoch(epoch, lossSum / epochBatches.size(), score, data.train().rows() / trainingSeconds);
            if (data.hasValidation() && spec.patience() > 0 && epoch - bestEpoch >= spec.patience()) {
                return finish(StopReason.EARLY_STOPPED, "Stopped after epoch " + epoch
                        + ": the validation loss has not improved for " + spec.patience() + " epochs.");
            }
        }
        return finish(StopReason.COMPLETED, "Finished " + spec.epochs() + " epochs.");
    }

    private void recordEpoch(int epoch, double trainingLoss, ValidationScore score, double rowsPerSecond) {
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Duration remaining = elapsed.dividedBy(epoch).multipliedBy(spec.epochs() - epoch);
        Double learningRate = network.getLearningRate(network.getnLayers() - 1);
        EpochMetrics metrics = new EpochMetrics(epoch, trainingLoss, score.loss(), score.auc(), score.rmse(),
                learningRate == null ? Double.NaN : learningRate, rowsPerSecond, elapsed, remaining);
        history.add(metrics);
        listener.onEpoch(metrics);
    }

    private boolean weightsExploded() {
        return !(network.params().amaxNumber().doubleValue() <= MAX_WEIGHT);
    }

    private TrainingResult diverged(int epoch, String what) {
        double rate = spec.learningRate();
        boolean normalized = spec.layers().stream().anyMatch(layer -> layer instanceof LayerSpec.BatchNorm);
        return finish(StopReason.DIVERGED, "Training diverged in epoch " + epoch + " (" + what
                + "). Lower the learning rate (now " + rate + "; try " + rate / 10 + ")"
                + (normalized ? "." : " or add batch normalization."));
    }

    private TrainingResult finish(StopReason reason, String message) {
        boolean keepNetwork = bestWeights != null || reason != StopReason.DIVERGED;
        String kept;
        if (bestWeights != null) {
            network.setParams(bestWeights);
            kept = data.hasValidation()
                    ? String.format(Locale.ROOT, " Kept epoch %d (validation loss %.4f).", bestEpoch, bestLoss)
                    : " Kept epoch " + bestEpoch + ".";
        } else {
            kept = keepNetwork ? " Kept the weights reached so far." : " No usable network was kept.";
        }
        Optional<TrainedNetwork> result = keepNetwork ? Optional.of(new Dl4jNetwork(network, spec,
                data.train().names(), calibration())) : Optional.empty();
        listener.onMessage(message + kept);
        return new TrainingResult(result, history, reason, message + kept, bestEpoch);
    }

    /**
     * Fitted on the validation rows. Without them, probabilities stay uncalibrated (fitting on the rows the network
     * was trained on would hide overfitting), while the value model is fitted on its training rows: it cannot do
     * without undoing the target standardization, and an unsmeared log target underestimates mean spend.
     */
    private Calibration calibration() {
        if (data.hasValidation()) {
            return Dl4jNetwork.fitCalibration(spec, data.targetScale(),
                    Dl4jNetwork.rawOutputs(network, data.validation()), data.validationTargets());
        }
        if (spec.head() == OutputHead.PROBABILITY) {
            if (spec.classBalance() != ClassBalance.NONE) {
                listener.onMessage("Without validation rows the balanced probabilities cannot be calibrated: they "
                        + "overstate purchase rates.");
            }
            return Calibration.identity();
        }
        return Dl4jNetwork.fitCalibration(spec, data.targetScale(), Dl4jNetwork.rawOutputs(network, data.train()),
                data.trainTargets());
    }
}
