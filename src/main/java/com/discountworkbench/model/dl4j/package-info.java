/**
 * The DeepLearning4J engine behind {@link com.discountworkbench.model.NetworkTrainer}: builds networks from a
 * {@link com.discountworkbench.model.NetworkSpec}, trains them on pre-batched float32 data with one native thread,
 * and reads and writes them. The only package that imports DL4J, ND4J or JavaCPP.
 */
package com.discountworkbench.model.dl4j;
