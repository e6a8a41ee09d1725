package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.prep.FeatureMatrix;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads and tunes the ND4J native backend once per process. Settings measured on a 2-core machine (see
 * {@code bench train}): one ND4J thread and one BLAS thread ran 2–4× faster than default threading for these small
 * matrices, and {@code org.bytedeco.javacpp.maxPhysicalBytes=0} (no physical-memory polling on every allocation)
 * cut a training run from 11.6 s to 7.7 s.
 */
public final class Nd4jRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(Nd4jRuntime.class);
    private static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";
    private static boolean configured;
    private static boolean warmedUp;

    private Nd4jRuntime() {
    }

    /** Idempotent; the first call loads the native libraries (about 2 s), so call it off the UI thread. */
    public static synchronized void configure() {
        if (configured) {
            return;
        }
        // JavaCPP reads this once, when its Pointer class initializes: it must be set before ND4J loads.
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, "0");
        }
        Nd4j.getEnvironment().setMaxThreads(1);
        Nd4j.getEnvironment().setMaxMasterThreads(1);
        Nd4j.factory().blas().setMaxThreads(1);
        configured = true;
    }

    /**
     * Loads the natives and trains a throwaway network so the JIT has compiled the training path before the
     * analyst's first run. Returns how long that took (almost nothing after the first call).
     */
    public static synchronized Duration warmUp() {
        long start = System.nanoTime();
        configure();
        if (!warmedUp) {
            trainThrowawayNetwork();
            warmedUp = true;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("ND4J ready in {} ms", took.toMillis());
        return took;
    }

    /** About 400 small updates: enough for the JIT to compile DL4J's training path with its optimizing compiler. */
    private static void trainThrowawayNetwork() {
        int rows = 4096;
        int columns = 8;
        SplittableRandom random = new SplittableRandom(1);
        float[] values = new float[rows * columns];
        float[] labels = new float[rows];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        for (int r = 0; r < rows; r++) {
            labels[r] = values[r * columns] > 0 ? 1f : 0f;
        }
        List<String> names = IntStream.range(0, columns).mapToObj(c -> "x" + c).toList();
        FeatureMatrix features = new FeatureMatrix(values, rows, names);
        NetworkSpec spec = NetworkSpec.defaults().withBatchSize(32).withEpochs(3, 0);
        new Dl4jTrainer().train(features, labels, null, features, labels, spec, null, null);
    }
}
