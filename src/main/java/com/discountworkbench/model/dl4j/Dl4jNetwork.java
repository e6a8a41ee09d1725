package com.discountworkbench.model.dl4j;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.prep.FeatureMatrix;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A trained DL4J network plus what turns its raw output into the analyst's units. */
final class Dl4jNetwork implements TrainedNetwork {
    private final MultiLayerNetwork network;
    private final NetworkSpec spec;
    private final List<String> inputNames;
    private final Calibration calibration;

    Dl4jNetwork(MultiLayerNetwork network, NetworkSpec spec, List<String> inputNames, Calibration calibration) {
        this.network = network;
        this.spec = spec;
        this.inputNames = List.copyOf(inputNames);
        this.calibration = calibration;
    }

    @Override
    public float[] predict(FeatureMatrix features) {
        requireInputs(features);
        float[] outputs = rawOutputs(features);
        if (spec.head() == OutputHead.PROBABILITY) {
            return calibration.applyInPlace(outputs);
        }
        for (int i = 0; i < outputs.length; i++) {
            outputs[i] = (float) spend(outputs[i], spec.logTarget(), calibration);
        }
        return outputs;
    }

    /** Spend from the value network's output: back to the link scale, then undo a log target (never below 0). */
    static double spend(float output, boolean logTarget, Calibration calibration) {
        double link = calibration.applyToLink(output);
        return logTarget ? Math.max(0, Math.expm1(link)) : link;
    }

    /**
     * The output correction fitted on some rows' raw outputs: Platt scaling for probabilities; for the value model
     * the target standardization undone, smeared when the target is logged.
     *
     * @param targets the rows' targets in the data's units
     */
    static Calibration fitCalibration(NetworkSpec spec, TargetScale scale, float[] outputs, float[] targets) {
        if (spec.head() == OutputHead.PROBABILITY) {
            return Calibration.fitPlatt(outputs, targets);
        }
        return scale.log() ? scale.toLink().smeared(outputs, scale.linkAll(targets)) : scale.toLink();
    }

    /** The network's own output: uncalibrated probability, or standardized (possibly logged) spend. */
    float[] rawOutputs(FeatureMatrix features) {
        return rawOutputs(network, features);
    }

    static float[] rawOutputs(MultiLayerNetwork network, FeatureMatrix features) {
        int width = features.columns();
        float[] result = new float[features.rows()];
        // DL4J networks are not safe for concurrent use; one caller at a time per network.
        synchronized (network) {
            for (int start = 0; start < features.rows(); start += SCORING_BATCH) {
                int rows = Math.min(SCORING_BATCH, features.rows() - start);
                float[] slice = Arrays.copyOfRange(features.values(), start * width, (start + rows) * width);
                INDArray output = network.output(Nd4j.create(slice, new long[] {rows, width}, 'c'), false);
                System.arraycopy(output.toFloatVector(), 0, result, start, rows);
            }
        }
        return result;
    }

    private void requireInputs(FeatureMatrix features) {
        if (features.columns() != inputNames.size()) {
            throw new DataException("The network expects " + inputNames.size() + " features but the data has "
                    + features.columns() + ". Score with the preprocessing saved with the model.");
        }
        for (int c = 0; c < inputNames.size(); c++) {
            if (!inputNames.get(c).equals(features.names().get(c))) {
                throw new DataException("Feature " + (c + 1) + " is '" + features.names().get(c)
                        + "' but the network was trained with '" + inputNames.get(c)
                        + "' there. Score with the preprocessing saved with the model.");
            }
        }
    }

    @Override
    public NetworkSpec spec() {
        return spec;
    }

    @Override
    public List<String> inputNames() {
        return inputNames;
    }

    @Override
    public Calibration calibration() {
        return calibration;
    }

    @Override
    public byte[] toBytes() {
        return NetworkArchive.write(this);
    }

    MultiLayerNetwork network() {
        return network;
    }
}
