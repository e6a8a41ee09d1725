package com.discountworkbench.testing;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A tiny real model for tests that need the whole chain (scoring, history, export): 2,000 generated sample
 * customers read by the CSV reader, both networks trained for two epochs. Built once per test JVM (a few seconds).
 */
public final class TrainedSample {
    public static final int ROWS = 2_000;
    private static TrainedSample instance;

    private final LoadedDataset loaded;
    private final DiscountModel model;

    private TrainedSample(LoadedDataset loaded, DiscountModel model) {
        this.loaded = loaded;
        this.model = model;
    }

    public static synchronized TrainedSample get() {
        if (instance == null) {
            instance = train();
        }
        return instance;
    }

    public LoadedDataset loaded() {
        return loaded;
    }

    public Dataset data() {
        return loaded.dataset();
    }

    public DiscountModel model() {
        return model;
    }

    private static TrainedSample train() {
        try {
            Path folder = Files.createTempDirectory("trained-sample");
            Path csv = folder.resolve("customers.csv");
            SampleCsv.writeAtomically(csv, SampleDataGenerator.generate(ROWS, 7), ROWS, TaskMonitor.NONE);
            LoadedDataset loaded = CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE);
            NetworkSpec tiny = NetworkSpec.small().withEpochs(2, 2);
            TrainingPlan plan = TrainingPlan.defaults().withNetworks(tiny, tiny.forValueModel());
            DiscountModel model = new DiscountModelTrainer(new Dl4jTrainer())
                    .train(loaded.dataset(), plan, DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
            return new TrainedSample(loaded, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
