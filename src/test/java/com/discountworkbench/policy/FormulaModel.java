package com.discountworkbench.policy;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.Provenance;
import com.discountworkbench.model.TrainedNetwork;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Preprocessor;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A model whose answers are known exactly, for feedback tests: real preprocessing fitted on generated sample
 * customers, and a "network" whose P(buy) depends only on the discount, σ(−1.5 + 5·rate), with a constant spend.
 */
final class FormulaModel {
    static final double SPEND = 50;

    private FormulaModel() {
    }

    /** Sample customers written to {@code folder/customers.csv} and read back like the analyst's file. */
    static Dataset customers(Path folder, int rows, long seed) {
        Path csv = folder.resolve("customers.csv");
        SampleCsv.writeAtomically(csv, SampleDataGenerator.generate(rows, seed), rows, TaskMonitor.NONE);
        LoadedDataset loaded = CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE);
        return loaded.dataset();
    }

    static DiscountModel fittedOn(Dataset customers) {
        FittedPreprocessor prep = Preprocessor.fit(customers, PrepSpec.defaults(customers));
        TrainedNetwork purchase = new DiscountOnly(prep);
        return new DiscountModel(prep, purchase, Optional.empty(), SPEND, null, Provenance.of(customers, 1));
    }

    static double probability(double rate) {
        return 1 / (1 + Math.exp(-(-1.5 + 5 * rate)));
    }

    /** Reads the treatment feature (the last column, rate ÷ the largest training rate) and nothing else. */
    private record DiscountOnly(FittedPreprocessor prep) implements TrainedNetwork {
        @Override
        public float[] predict(FeatureMatrix features) {
            double maxRate = prep.treatmentLevels().stream().mapToDouble(level -> level.rate()).max().orElse(1);
            float[] p = new float[features.rows()];
            int last = features.columns() - 1;
            for (int row = 0; row < p.length; row++) {
                p[row] = (float) probability(features.values()[row * features.columns() + last] * maxRate);
            }
            return p;
        }

        @Override
        public NetworkSpec spec() {
            return NetworkSpec.small();
        }

        @Override
        public List<String> inputNames() {
            return prep.featureNames();
        }

        @Override
        public Calibration calibration() {
            return Calibration.identity();
        }

        @Override
        public byte[] toBytes() {
            throw new UnsupportedOperationException("A formula is not saved");
        }
    }
}
