package com.discountworkbench.model;

/** How weights follow the gradient. */
public enum Optimizer {
    /** Adaptive moments; the robust default for tabular data. */
    ADAM,
    /** Stochastic gradient descent with Nesterov momentum 0.9; usually wants a 10× higher learning rate than Adam. */
    NESTEROV,
    /** Root-mean-square propagation. */
    RMSPROP
}
