package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** One hidden layer of a network, in order from the inputs to the output head. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = LayerSpec.Dense.class, name = "dense"),
    @JsonSubTypes.Type(value = LayerSpec.Dropout.class, name = "dropout"),
    @JsonSubTypes.Type(value = LayerSpec.BatchNorm.class, name = "batchNorm"),
})
public sealed interface LayerSpec {

    /** Upper bound on units per layer: far beyond what tabular data needs, low enough to catch typos. */
    int MAX_UNITS = 4096;

    /** Non-linearity of a dense layer. */
    enum Activation { RELU, TANH, LEAKYRELU, SIGMOID, ELU }

    /** Number of trainable and running-statistics values this layer adds, given the width it receives. */
    long parameterCount(int inputs);

    /** Width of the layer's output, given the width it receives. */
    int outputs(int inputs);

    /** A fully connected layer. */
    record Dense(int units, Activation activation) implements LayerSpec {
        public Dense {
            if (units < 1 || units > MAX_UNITS) {
                throw new DataException("A dense layer needs between 1 and " + MAX_UNITS + " units; got " + units
                        + ".");
            }
            if (activation == null) {
                throw new DataException("A dense layer needs an activation (relu, tanh, leakyrelu, sigmoid or elu).");
            }
        }

        @Override
        public long parameterCount(int inputs) {
            return (long) inputs * units + units;
        }

        @Override
        public int outputs(int inputs) {
            return units;
        }
    }

    /** Randomly zeroes a share of the previous layer's outputs during training (regularization). */
    record Dropout(double rate) implements LayerSpec {
        public Dropout {
            if (!(rate > 0 && rate < 1)) {
                throw new DataException("A dropout rate is the share of units dropped: between 0 and 1 "
                        + "(for example 0.2); got " + rate + ".");
            }
        }

        @Override
        public long parameterCount(int inputs) {
            return 0;
        }

        @Override
        public int outputs(int inputs) {
            return inputs;
        }
    }

    /** Batch normalization: scale, shift and the running mean and variance per input. */
    record BatchNorm() implements LayerSpec {
        @Override
        public long parameterCount(int inputs) {
            return 4L * inputs;
        }

        @Override
        public int outputs(int inputs) {
            return inputs;
        }
    }

    static Dense dense(int units, Activation activation) {
        return new Dense(units, activation);
    }

    static Dropout dropout(double rate) {
        return new Dropout(rate);
    }

    static BatchNorm batchNorm() {
        return new BatchNorm();
    }
}
