package com.discountworkbench.ui.session;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LayerSpec.Activation;
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
import java.util.List;

/**
 * A small real model for UI tests: 2,000 generated sample customers (randomized discounts 0–30 %), one hidden
 * layer of 8, two epochs. Trained once per test JVM, because loading the native backend takes seconds.
 */
public final class TinyModel {
    public static final int ROWS = 2_000;
    private static final long SEED = 7;
    private static TinyModel instance;

    private final Path csv;
    private final LoadedDataset data;
    private final DiscountModel model;

    private TinyModel(Path csv, LoadedDataset data, DiscountModel model) {
        this.csv = csv;
        this.data = data;
        this.model = model;
    }

    public static synchronized TinyModel get() {
        if (instance == null) {
            instance = train();
        }
        return instance;
    }

    /** The generated training file (deleted when the JVM exits). */
    public Path csv() {
        return csv;
    }

    public LoadedDataset data() {
        return data;
    }

    public DiscountModel model() {
        return model;
    }

    private static TinyModel train() {
        try {
            Path folder = Files.createTempDirectory("tiny-model");
            folder.toFile().deleteOnExit();
            Path csv = folder.resolve("customers.csv");
            SampleCsv.writeAtomically(csv, SampleDataGenerator.generate(ROWS, SEED), ROWS, TaskMonitor.NONE);
            csv.toFile().deleteOnExit();
            LoadedDataset data = CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE);
            NetworkSpec network = NetworkSpec.defaults().withLayers(List.of(LayerSpec.dense(8, Activation.RELU)))
                    .withEpochs(2, 0);
            TrainingPlan plan = TrainingPlan.defaults().withNetworks(network, network.forValueModel());
            DiscountModel model = new DiscountModelTrainer(new Dl4jTrainer())
                    .train(data.dataset(), plan, DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
            return new TinyModel(csv, data, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
