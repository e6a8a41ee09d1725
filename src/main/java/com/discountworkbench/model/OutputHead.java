package com.discountworkbench.model;

/** What the network predicts, which fixes its output activation and loss. */
public enum OutputHead {
    /** Purchase model: one sigmoid output trained with binary cross-entropy, read as P(buy). */
    PROBABILITY,
    /** Value model: one linear output trained with mean squared error, read as expected spend. */
    VALUE
}
