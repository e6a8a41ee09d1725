package com.discountworkbench.model;

import com.discountworkbench.prep.FeatureMatrix;
import java.util.List;

/**
 * A network ready to score: purchase probabilities (already calibrated) or spend in the data's own units
 * (a log target is undone). Safe to call from several threads; calls are serialized.
 */
public interface TrainedNetwork {

    /** Rows scored per native call: large enough to amortize call overhead, small enough to keep memory flat. */
    int SCORING_BATCH = 8192;

    /** One prediction per row of {@code features}, which must have the training feature names in order. */
    float[] predict(FeatureMatrix features);

    NetworkSpec spec();

    /** The feature names the network was trained on, in input order. */
    List<String> inputNames();

    /**
     * The correction applied after the network: Platt scaling of probabilities, or for spend the target
     * standardization undone (and smearing for a log target).
     */
    Calibration calibration();

    /** A self-contained serialized form, read back by {@link NetworkTrainer#fromBytes(byte[])}. */
    byte[] toBytes();
}
