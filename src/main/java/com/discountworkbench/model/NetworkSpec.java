package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.LayerSpec.Activation;
import java.util.List;

/**
 * Everything that defines how a network is built and trained, as plain data the analyst can edit and save as
 * JSON ({@link NetworkSpecJson}). Invalid values are rejected on construction with a {@link DataException}.
 *
 * @param layers            hidden layers from the inputs to the head, in order (may be empty: a linear model)
 * @param head              what the network predicts: purchase probability or spend
 * @param optimizer         how weights follow the gradient
 * @param learningRate      step size (the peak rate when a schedule is used)
 * @param schedule          how the learning rate changes during training
 * @param l2                weight decay on the weights (0 = none)
 * @param batchSize         rows per update; {@link #AUTO_BATCH} picks one from the number of training rows
 * @param epochs            maximum passes over the training rows
 * @param patience          stop when the validation loss has not improved for this many epochs (0 = never stop
 *                          early); the weights of the best validation epoch are kept either way
 * @param seed              fixes weight initialization, shuffling and dropout: same seed and data, same predictions
 * @param classBalance      how rare buyers are weighted (purchase model only)
 * @param logTarget         train on log(1 + spend) and predict exp(output) − 1 (value model only)
 */
public record NetworkSpec(List<LayerSpec> layers, OutputHead head, Optimizer optimizer, double learningRate,
        LearningRateSchedule schedule, double l2, int batchSize, int epochs, int patience, long seed,
        ClassBalance classBalance, boolean logTarget) {

    /** {@link #batchSize} value that lets {@link #effectiveBatchSize(int)} choose. */
    public static final int AUTO_BATCH = 0;
    private static final int MIN_AUTO_BATCH = 256;
    private static final int MAX_AUTO_BATCH = 4096;
    /** Auto batches aim at this many updates per epoch, so small files still get enough steps. */
    private static final int AUTO_UPDATES_PER_EPOCH = 40;

    public NetworkSpec {
        layers = layers == null ? List.of() : List.copyOf(layers);
        require(head != null, "The network needs an output head: PROBABILITY (purchase model) or VALUE (spend model).");
        require(optimizer != null, "Choose an optimizer: ADAM, NESTEROV or RMSPROP.");
        require(schedule != null, "Choose a learning-rate schedule: CONSTANT or LINEAR_DECAY.");
        require(classBalance != null, "Choose a class balance: NONE, CLASS_WEIGHTS or BALANCED_SAMPLING.");
        require(learningRate > 0 && learningRate <= 10,
                "The learning rate must be above 0 and at most 10 (Adam usually 0.001–0.02); got " + learningRate
                        + ".");
        require(l2 >= 0 && l2 < 1,
                "L2 weight decay must be between 0 and 1 (typically 0.00001–0.001); got " + l2 + ".");
        require(batchSize >= 0 && batchSize <= 1_000_000,
                "The batch size must be between 1 and 1,000,000 rows, or 0 for automatic; got " + batchSize + ".");
        require(epochs >= 1 && epochs <= 10_000, "Epochs must be between 1 and 10,000; got " + epochs + ".");
        require(patience >= 0, "Early-stopping patience must be 0 (off) or more epochs; got " + patience + ".");
        require(head == OutputHead.PROBABILITY || classBalance == ClassBalance.NONE,
                "Class balance only applies to the purchase model; set it to NONE for the value model.");
        require(head == OutputHead.VALUE || !logTarget,
                "The log target only applies to the value model; turn it off for the purchase model.");
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new DataException(message);
        }
    }

    /** One hidden layer of 32: quick to train, enough for a few strong features. */
    public static NetworkSpec small() {
        return defaults().withLayers(List.of(LayerSpec.dense(32, Activation.RELU)));
    }

    /**
     * Two hidden layers (64, 32, ReLU), Adam at 0.02 decaying linearly to zero, automatic batch size, no L2, up to
     * 30 epochs with patience 5. These settings won the training benchmark ({@code bench train}): large batches
     * with a high, decaying rate reach small-batch quality in a fraction of the time. L2 is off because early
     * stopping already regularizes and DL4J recomputes the L2 penalty on every update (~15 % of training time).
     */
    public static NetworkSpec defaults() {
        return new NetworkSpec(List.of(LayerSpec.dense(64, Activation.RELU), LayerSpec.dense(32, Activation.RELU)),
                OutputHead.PROBABILITY, Optimizer.ADAM, 0.02, LearningRateSchedule.LINEAR_DECAY, 0, AUTO_BATCH,
                30, 5, 42, ClassBalance.NONE, false);
    }

    /** Three wider layers with batch normalization and dropout, for large files with many features. */
    public static NetworkSpec deep() {
        return defaults().withLayers(List.of(
                LayerSpec.dense(128, Activation.RELU), LayerSpec.batchNorm(), LayerSpec.dropout(0.2),
                LayerSpec.dense(64, Activation.RELU), LayerSpec.batchNorm(), LayerSpec.dropout(0.1),
                LayerSpec.dense(32, Activation.RELU)))
                .withLearningRate(0.01);
    }

    /** The same network as a spend model: linear output, squared error, log target, no class balance. */
    public NetworkSpec forValueModel() {
        return new NetworkSpec(layers, OutputHead.VALUE, optimizer, learningRate, schedule, l2, batchSize, epochs,
                patience, seed, ClassBalance.NONE, true);
    }

    /** Weights and biases (plus batch-normalization statistics) for this many input features. */
    public long parameterCount(int inputs) {
        require(inputs >= 1, "The network needs at least one input feature; got " + inputs + ".");
        long count = 0;
        int width = inputs;
        for (LayerSpec layer : layers) {
            count += layer.parameterCount(width);
            width = layer.outputs(width);
        }
        return count + width + 1L;
    }

    /** The batch size used for this many training rows: the configured one, or the automatic choice. */
    public int effectiveBatchSize(int trainingRows) {
        int rows = Math.max(1, trainingRows);
        if (batchSize != AUTO_BATCH) {
            return Math.min(batchSize, rows);
        }
        int target = Math.max(1, rows / AUTO_UPDATES_PER_EPOCH);
        int powerOfTwo = Integer.highestOneBit(target);
        if (target - powerOfTwo > powerOfTwo / 2) {
            powerOfTwo *= 2;
        }
        return Math.min(rows, Math.max(MIN_AUTO_BATCH, Math.min(MAX_AUTO_BATCH, powerOfTwo)));
    }

    public NetworkSpec withLayers(List<LayerSpec> newLayers) {
        return new NetworkSpec(newLayers, head, optimizer, learningRate, schedule, l2, batchSize, epochs, patience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withOptimizer(Optimizer newOptimizer, double newLearningRate) {
        return new NetworkSpec(layers, head, newOptimizer, newLearningRate, schedule, l2, batchSize, epochs, patience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withLearningRate(double newLearningRate) {
        return withOptimizer(optimizer, newLearningRate);
    }

    public NetworkSpec withSchedule(LearningRateSchedule newSchedule) {
        return new NetworkSpec(layers, head, optimizer, learningRate, newSchedule, l2, batchSize, epochs, patience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withL2(double newL2) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, newL2, batchSize, epochs, patience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withBatchSize(int newBatchSize) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, l2, newBatchSize, epochs, patience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withEpochs(int newEpochs, int newPatience) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, l2, batchSize, newEpochs, newPatience,
                seed, classBalance, logTarget);
    }

    public NetworkSpec withSeed(long newSeed) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, l2, batchSize, epochs, patience,
                newSeed, classBalance, logTarget);
    }

    public NetworkSpec withClassBalance(ClassBalance newClassBalance) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, l2, batchSize, epochs, patience,
                seed, newClassBalance, logTarget);
    }

    public NetworkSpec withLogTarget(boolean newLogTarget) {
        return new NetworkSpec(layers, head, optimizer, learningRate, schedule, l2, batchSize, epochs, patience,
                seed, classBalance, newLogTarget);
    }
}
