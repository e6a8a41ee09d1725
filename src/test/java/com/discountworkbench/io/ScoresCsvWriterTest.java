package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.prep.Imputation;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoresCsvWriterTest {
    private static final List<String> LEVEL_COLUMNS = List.of("p_buy_none", "p_buy_at_0", "p_buy_at_0.1",
            "p_buy_at_0.2", "expected_spend", "expected_spend_at_0", "expected_spend_at_0.1", "expected_spend_at_0.2");

    @TempDir
    static Path shared;
    private static Dataset training;
    private static DiscountModel model;

    @TempDir
    Path dir;

    private final ScoresCsvWriter writer = new ScoresCsvWriter(CsvExportFormat.standard());

    @BeforeAll
    static void trainOnce() throws IOException {
        training = SyntheticCustomers.read(SyntheticCustomers.write(shared.resolve("customers.csv"), 1000, 8));
        model = train(training, null);
    }

    private static DiscountModel train(Dataset data, PrepSpec spec) {
        NetworkSpec network = NetworkSpec.small().withEpochs(2, 0);
        TrainingPlan plan = TrainingPlan.defaults().withNetworks(network, network.forValueModel())
                .withPreprocessing(spec);
        return new DiscountModelTrainer(new Dl4jTrainer()).train(data, plan, DiscountModelTrainer.Progress.NONE,
                TaskMonitor.NONE);
    }

    @Test
    void writesEveryLevelAndTheObservedOfferInInputOrder() throws IOException {
        Dataset customers = firstCustomers(40);
        Path out = dir.resolve("scores.csv");

        ScoresCsvWriter.Written written = writer.write(out, model, customers, TaskMonitor.NONE);

        List<String> header = new ArrayList<>(List.of("customer_id", "p_buy_observed"));
        header.addAll(LEVEL_COLUMNS);
        assertThat(written.columns()).isEqualTo(header);
        assertThat(written.rows()).isEqualTo(40);
        assertThat(written.scoredRows()).isEqualTo(40);
        List<String[]> rows = read(out);
        assertThat(rows.get(0)).containsExactlyElementsOf(header);
        assertThat(rows).hasSize(41);
        assertThat(rows.get(1)[0]).isEqualTo("C00001");
        assertThat(rows.get(40)[0]).isEqualTo("C00040");

        float[] observed = model.purchaseProbability(model.preprocessing().features(customers));
        float[] atTenPercent = model.purchaseProbability(
                model.preprocessing().features(customers, TreatmentLevel.discount(0.1)));
        float[] spendAtNone = model.expectedSpend(
                model.preprocessing().features(customers, TreatmentLevel.discount(0)));
        for (int i = 0; i < 40; i++) {
            String[] row = rows.get(i + 1);
            assertThat(value(row, header, "p_buy_observed")).isCloseTo(observed[i], within(1e-6));
            assertThat(value(row, header, "p_buy_at_0.1")).isCloseTo(atTenPercent[i], within(1e-6));
            assertThat(value(row, header, "p_buy_none")).isEqualTo(value(row, header, "p_buy_at_0"));
            assertThat(value(row, header, "expected_spend_at_0")).isCloseTo(spendAtNone[i], within(1e-4));
            String offered = customers.column("discount").display(i);
            assertThat(value(row, header, "expected_spend"))
                    .isEqualTo(value(row, header, "expected_spend_at_" + offered));
        }
    }

    @Test
    void withoutTreatmentOrIdColumnsTheFileUsesNoOfferAndRowNumbers() throws IOException {
        Path file = Files.write(dir.resolve("plain.csv"), List.of("x1,x2,color", "0.9,0.8,red", "0.1,0.2,blue",
                "0.5,0.5,green"));
        Path out = dir.resolve("scores.csv");

        writer.write(out, model, SyntheticCustomers.read(file), TaskMonitor.NONE);

        List<String> header = new ArrayList<>(List.of("row"));
        header.addAll(LEVEL_COLUMNS);
        List<String[]> rows = read(out);
        assertThat(rows.get(0)).containsExactlyElementsOf(header);
        assertThat(rows.stream().skip(1).map(row -> row[0])).containsExactly("1", "2", "3");
        for (String[] row : rows.subList(1, 4)) {
            assertThat(value(row, header, "expected_spend")).isEqualTo(value(row, header, "expected_spend_at_0"));
        }
    }

    @Test
    void aModelWithoutTreatmentGivesOneProbabilityAndSpend() throws IOException {
        DiscountModel plain = train(training.withRoles(Map.of("discount", ColumnRole.IGNORE)), null);
        Path out = dir.resolve("scores.csv");

        writer.write(out, plain, firstCustomers(5), TaskMonitor.NONE);

        List<String[]> rows = read(out);
        assertThat(rows.get(0)).containsExactly("customer_id", "p_buy", "expected_spend");
        assertThat(rows).hasSize(6);
    }

    @Test
    void rowsDroppedByThePreprocessingKeepTheirIdWithEmptyScores() throws IOException {
        PrepSpec defaults = PrepSpec.defaults(training);
        PrepSpec dropMissingX2 = defaults.withColumn("x2",
                defaults.find("x2").orElseThrow().withMissing(Imputation.DROP_ROW, null));
        DiscountModel dropping = train(training, dropMissingX2);
        Path file = Files.write(dir.resolve("gaps.csv"), List.of("customer_id,x1,x2,color,discount",
                "A,0.9,0.8,red,0.1", "B,0.1,,blue,0", "C,0.5,0.5,green,0.2"));
        Path out = dir.resolve("scores.csv");

        ScoresCsvWriter.Written written = writer.write(out, dropping, SyntheticCustomers.read(file), TaskMonitor.NONE);

        assertThat(written.scoredRows()).isEqualTo(2);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(2)).isEqualTo("B" + ",".repeat(written.columns().size() - 1));
        assertThat(lines.get(1)).startsWith("A,0.").doesNotContain(",,");
        assertThat(lines.get(3)).startsWith("C,0.").doesNotContain(",,");
    }

    @Test
    void aMissingObservedOfferNamesTheDataRowAndWritesNothing() throws IOException {
        Path file = Files.write(dir.resolve("gaps.csv"), List.of("customer_id,x1,x2,color,discount",
                "A,0.9,0.8,red,0.1", "B,0.1,0.3,blue,0", "C,0.5,0.5,green,"));
        Path out = dir.resolve("scores.csv");

        assertThatThrownBy(() -> writer.write(out, model, SyntheticCustomers.read(file), TaskMonitor.NONE))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("Data row 3 has no treatment value");
        assertThat(out).doesNotExist();
    }

    @Test
    void levelNamesBecomeSafeUniqueHeaderSuffixes() {
        List<TreatmentLevel> levels = List.of(TreatmentLevel.named("Mens E-Mail"), TreatmentLevel.named("No E-Mail"),
                TreatmentLevel.named("50% off!"), TreatmentLevel.named("50% off?"), TreatmentLevel.discount(0.15),
                TreatmentLevel.named("v1.2_x"));

        assertThat(ScoresCsvWriter.headerSuffixes(levels))
                .containsExactly("Mens_E-Mail", "No_E-Mail", "50__off_", "50__off__2", "0.15", "v1.2_x");
    }

    @Test
    void theManifestTracesInputModelAndPreprocessing() throws IOException {
        Path input = SyntheticCustomers.write(dir.resolve("april.csv"), 30, 9);
        Path modelFile = dir.resolve("model.dwm");
        ModelFile.write(modelFile, model);
        Path out = dir.resolve("april.scores.csv");
        Dataset customers = SyntheticCustomers.read(input);
        ScoresCsvWriter.Written written = writer.write(out, model, customers, TaskMonitor.NONE);

        Path manifestFile = ScoresManifest.describe(out, customers, written, modelFile,
                FileHashes.sha256(modelFile), model).writeBeside(out);

        assertThat(manifestFile).isEqualTo(dir.resolve("april.scores.manifest.json"));
        ScoresManifest manifest = ScoresManifest.read(manifestFile);
        assertThat(manifest.scoresFile()).isEqualTo("april.scores.csv");
        assertThat(manifest.inputFile()).isEqualTo("april.csv");
        assertThat(manifest.inputSha256()).isEqualTo(FileHashes.sha256(input));
        assertThat(manifest.modelSha256()).isEqualTo(FileHashes.sha256(modelFile));
        assertThat(manifest.rows()).isEqualTo(30);
        assertThat(manifest.columns()).isEqualTo(written.columns());
        assertThat(manifest.training()).isEqualTo(model.provenance());
        assertThat(manifest.training().seed()).isEqualTo(TrainingPlan.DEFAULT_SEED);
        assertThat(manifest.preprocessing()).anySatisfy(line -> assertThat(line).startsWith("x1: number"));
        assertThat(manifest.purchaseNetwork()).isEqualTo(model.purchase().spec());
        assertThat(manifest.valueNetwork()).isEqualTo(model.value().orElseThrow().spec());
    }

    /** The first rows of the training file, as a file of customers to score. */
    private Dataset firstCustomers(int count) throws IOException {
        return SyntheticCustomers.read(SyntheticCustomers.write(dir.resolve("customers.csv"), count, 8));
    }

    private static List<String[]> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(line -> line.split(",", -1)).toList();
    }

    private static double value(String[] row, List<String> header, String column) {
        return Double.parseDouble(row[header.indexOf(column)]);
    }
}
