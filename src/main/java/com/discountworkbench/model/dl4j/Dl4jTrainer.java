package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.model.TrainingListener;
import com.discountworkbench.model.TrainingResult;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.task.TaskMonitor;
import java.util.Locale;
import java.util.Objects;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Trains {@link NetworkSpec}s with DeepLearning4J. Train one network at a time per process: ND4J's random generator
 * (dropout) is global, and concurrent runs would break seed reproducibility.
 */
public final class Dl4jTrainer implements NetworkTrainer {

    @Override
    public TrainingResult train(FeatureMatrix train, float[] targets, float[] weightsOrNull, FeatureMatrix validation,
            float[] validationTargets, NetworkSpec spec, TrainingListener listener, TaskMonitor monitor) {
        Objects.requireNonNull(spec, "spec");
        TrainingData data = TrainingData.prepare(train, targets, weightsOrNull, validation, validationTargets, spec);
        Nd4jRuntime.configure();
        int batchSize = spec.effectiveBatchSize(train.rows());
        TrainingBatches batches = new TrainingBatches(data, batchSize,
                spec.classBalance() == ClassBalance.BALANCED_SAMPLING, spec.seed());
        MultiLayerNetwork network = NetworkFactory.create(spec, train.columns(),
                batches.batchesPerEpoch() * spec.epochs(), data.initialOutputBias(spec));
        TrainingListener events = listener == null ? TrainingListener.NONE : listener;
        events.onMessage(String.format(Locale.ROOT, "Training %,d parameters on %,d rows in batches of %,d.",
                network.numParams(), train.rows(), batchSize));
        return new TrainingRun(network, data, spec, batches, events, monitor == null ? TaskMonitor.NONE : monitor)
                .execute();
    }

    @Override
    public TrainedNetwork fromBytes(byte[] bytes) {
        return NetworkArchive.read(bytes);
    }
}
