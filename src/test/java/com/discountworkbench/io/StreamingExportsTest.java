package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.policy.CustomerScorer;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyInputs;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.PolicySettings;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scores and policies of a file read in chunks are those of the whole file, with a trained model. */
class StreamingExportsTest {
    @TempDir
    static Path shared;
    private static DiscountModel model;
    private static Path customers;

    @TempDir
    Path dir;

    private final ScoresCsvWriter writer = new ScoresCsvWriter(CsvExportFormat.standard());

    @BeforeAll
    static void trainOnce() throws IOException {
        Dataset training = SyntheticCustomers.read(SyntheticCustomers.write(shared.resolve("train.csv"), 800, 3));
        NetworkSpec network = NetworkSpec.small().withEpochs(2, 0);
        model = new DiscountModelTrainer(new Dl4jTrainer()).train(training,
                TrainingPlan.defaults().withNetworks(network, network.forValueModel()),
                DiscountModelTrainer.Progress.NONE, TaskMonitor.NONE);
        customers = SyntheticCustomers.write(shared.resolve("customers.csv"), 2_500, 4);
    }

    @Test
    void chunksOfAnySizeGiveTheSameFileAsTheWholeDataset() throws IOException {
        Path whole = dir.resolve("whole.csv");
        writer.write(whole, model, List.of(SyntheticCustomers.read(customers)).iterator(), TaskMonitor.NONE);

        for (int chunkRows : new int[] {1_000, 313}) {
            Path streamed = dir.resolve("streamed-" + chunkRows + ".csv");
            try (CsvChunkReader chunks = CsvChunkReader.open(customers, CsvOptions.detect(), chunkRows,
                    TaskMonitor.NONE)) {
                ScoresCsvWriter.Written written = writer.write(streamed, model, chunks, TaskMonitor.NONE);
                assertThat(written.rows()).isEqualTo(2_500);
                assertThat(written.scoredRows()).isEqualTo(2_500);
            }
            assertThat(Files.readAllLines(streamed)).isEqualTo(Files.readAllLines(whole));
        }
    }

    @Test
    void aBudgetedPolicyWithControlGroupFromChunksEqualsTheWholeFilesPolicy() throws IOException {
        PolicySettings settings = new PolicySettings(List.of(0.0, 0.05, 0.1, 0.2), List.of(), null, 0.4, "color");
        PolicyInputs inputs = PolicyInputs.prepare(model, SyntheticCustomers.read(customers), settings,
                TaskMonitor.NONE);
        double unconstrained = new PolicyOptimizer().optimize(inputs.problem(), PolicyConstraints.none()).summary()
                .totals().discountCost();
        PolicyConstraints constraints = PolicyConstraints.none().withBudget(0.5 * unconstrained)
                .withSegmentMaxDiscount(Map.of("red", 0.05));
        PolicyResult result = new PolicyOptimizer().optimize(inputs.problem(), constraints);
        HoldoutPlan plan = HoldoutPlan.draw(result.levels(), HoldoutPlan.candidateLevels(result.problem(), null),
                0.1, 3);
        Path expected = dir.resolve("expected.csv");
        new PolicyCsvWriter(CsvExportFormat.standard()).write(expected, result.problem(), inputs.ids(), plan,
                TaskMonitor.NONE);

        Path streamed = dir.resolve("streamed.csv");
        CustomerScorer scorer = CustomerScorer.of(model, settings);
        StreamedPolicyWriter.Result written;
        try (CsvChunkReader chunks = CsvChunkReader.open(customers, CsvOptions.detect(), 600, TaskMonitor.NONE)) {
            written = new StreamedPolicyWriter(CsvExportFormat.standard()).write(streamed, chunks,
                    rows -> scorer.scoreChunk(rows, TaskMonitor.NONE), constraints, 0.1, 3, TaskMonitor.NONE);
        }

        assertThat(result.summary().budget().binding()).isTrue();
        assertThat(Files.readAllLines(streamed)).isEqualTo(Files.readAllLines(expected));
        assertThat(written.summary()).isEqualTo(result.summary());
        assertThat(written.controls()).isEqualTo(250);
    }

    @Test
    void rowNumbersContinueAcrossChunksWhenTheFileHasNoIdColumn() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(customers)) {
            lines.add(line.substring(line.indexOf(',') + 1)); // drop customer_id
        }
        Path anonymous = Files.write(dir.resolve("anonymous.csv"), lines);
        Path out = dir.resolve("scores.csv");

        try (CsvChunkReader chunks = CsvChunkReader.open(anonymous, CsvOptions.detect(), 400, TaskMonitor.NONE)) {
            writer.write(out, model, chunks, TaskMonitor.NONE);
        }

        List<String> written = Files.readAllLines(out);
        assertThat(written.get(0)).startsWith("row,");
        for (int row = 1; row <= 2_500; row++) {
            assertThat(written.get(row)).startsWith(row + ",");
        }
    }

    @Test
    void aMissingOfferInALateChunkNamesTheFilesDataRowAndLeavesNoFile() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(customers));
        lines.set(2_001, lines.get(2_001).replace(",0.1,", ",,").replace(",0.0,", ",,").replace(",0.2,", ",,"));
        Path gap = Files.write(dir.resolve("gap.csv"), lines);
        Path out = dir.resolve("scores.csv");

        try (CsvChunkReader chunks = CsvChunkReader.open(gap, CsvOptions.detect(), 500, TaskMonitor.NONE)) {
            assertThatThrownBy(() -> writer.write(out, model, chunks, TaskMonitor.NONE))
                    .isInstanceOf(DataException.class).hasMessageContaining("Data row 2001 has no treatment value");
        }
        assertThat(dir.toFile().list()).containsExactly("gap.csv");
    }

    @Test
    void cancellingBetweenChunksLeavesNoFile() throws IOException {
        int[] chunksRead = {0};
        TaskMonitor cancelAfterTwoChunks = new TaskMonitor() {
            @Override public void progress(double fraction, String message) { }

            @Override public boolean isCancelled() { return chunksRead[0] >= 2; }
        };
        Path out = dir.resolve("scores.csv");

        try (CsvChunkReader chunks = CsvChunkReader.open(customers, CsvOptions.detect(), 500, TaskMonitor.NONE)) {
            Iterator<Dataset> counted = new Iterator<>() {
                @Override public boolean hasNext() { return chunks.hasNext(); }

                @Override public Dataset next() {
                    chunksRead[0]++;
                    return chunks.next();
                }
            };
            assertThatThrownBy(() -> writer.write(out, model, counted, cancelAfterTwoChunks))
                    .isInstanceOf(CancelledException.class);
        }
        assertThat(chunksRead[0]).isEqualTo(2);
        assertThat(dir.toFile().list()).isEmpty();
    }
}
