package com.discountworkbench.ui.network;

import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LayerSpec.Activation;
import java.util.Locale;

/** The kinds of hidden layer the analyst can pick in the layer table, each with the layer it starts as. */
public enum LayerKind {
    DENSE,
    DROPOUT,
    BATCH_NORM;

    /** Units of a newly added dense layer: small enough to train fast on any file. */
    static final int NEW_DENSE_UNITS = 32;
    /** Rate of a newly added dropout layer: the usual first try. */
    static final double NEW_DROPOUT_RATE = 0.2;

    public static LayerKind of(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense) {
            return DENSE;
        }
        return layer instanceof LayerSpec.Dropout ? DROPOUT : BATCH_NORM;
    }

    /** The layer a row of this kind starts as. */
    LayerSpec newLayer() {
        switch (this) {
            case DENSE:
                return LayerSpec.dense(NEW_DENSE_UNITS, Activation.RELU);
            case DROPOUT:
                return LayerSpec.dropout(NEW_DROPOUT_RATE);
            default:
                return LayerSpec.batchNorm();
        }
    }

    public String labelKey() {
        return "network.layer." + name().toLowerCase(Locale.ROOT);
    }
}
