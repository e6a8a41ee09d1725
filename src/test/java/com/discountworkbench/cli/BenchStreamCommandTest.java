package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchStreamCommandTest {
    @TempDir
    Path dir;

    @Test
    void scoresAndOptimizesAGeneratedFileInChunksAndCleansUp() throws IOException {
        Path sample = dir.resolve("sample.csv");
        SampleCsv.writeAtomically(sample, SampleDataGenerator.stream(2_000, 5), 2_000, TaskMonitor.NONE);
        Dataset training = CsvDatasetReader.read(sample, CsvOptions.detect(), TaskMonitor.NONE).dataset();
        NetworkSpec network = NetworkSpec.small().withEpochs(1, 0);
        DiscountModel model = new DiscountModelTrainer(new Dl4jTrainer()).train(training,
                TrainingPlan.defaults().withNetworks(network, network.forValueModel()),
                DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
        Path modelFile = dir.resolve("model.dwm");
        ModelFile.write(modelFile, model);
        Path work = dir.resolve("work");
        Files.createDirectory(work);

        CommandRun run = CommandRun.of("bench", "stream", "--rows", "5000", "--chunk-rows", "1500",
                "--budget-per-customer", "0.05", "--model", modelFile.toString(), "--dir", work.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("rows=5000 file_mb=")
                .containsPattern("phase=score rows=5000 wall_s=\\d+\\.\\d rows_per_s=\\d+ peak_heap_mb=\\d+ "
                        + "peak_rss_mb=\\d+")
                .containsPattern("phase=policy rows=5000 .*rows_per_s=\\d+ peak_heap_mb=\\d+")
                .containsPattern("budget=250 spent=\\d+ binding=true met=true");
        assertThat(work.toFile().list()).isEmpty();
    }
}
