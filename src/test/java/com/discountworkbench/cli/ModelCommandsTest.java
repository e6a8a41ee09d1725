package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.io.FileHashes;
import com.discountworkbench.io.ScoresManifest;
import com.discountworkbench.json.Json;
import com.discountworkbench.testing.SyntheticCustomers;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** train → evaluate → score on a small file whose purchase is a known function of the columns. */
class ModelCommandsTest {
    @TempDir
    static Path shared;
    private static Path data;
    private static Path model;
    private static String trainOutput;

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void trainOnce() throws IOException {
        data = SyntheticCustomers.write(shared.resolve("customers.csv"), 1500, 21);
        model = shared.resolve("model.dwm");
        CommandRun result = CommandRun.of("train", data.toString(), "--out", model.toString(), "--epochs", "6");
        assertThat(result.exitCode()).as(result.err()).isZero();
        trainOutput = result.out();
    }

    private int run(String... args) {
        CommandRun result = CommandRun.of(args);
        out.write(result.out());
        err.write(result.err());
        return result.exitCode();
    }

    @Test
    void trainPrintsEpochsAndTestMetricsAndWritesTheModel() {
        assertThat(trainOutput)
                .contains("read 1,500 rows from customers.csv")
                .containsPattern("training purchase model \\([\\d,]+ parameters\\)")
                .contains("  purchase epoch 6: train loss")
                .contains("  value epoch 1: train loss")
                .containsPattern("purchase model on 2\\d\\d held-out rows")
                .containsPattern("AUC 0\\.9\\d{3}")
                .contains("model written to " + model);
        assertThat(model).isRegularFile();
    }

    @Test
    void evaluatePrintsTheReportForALabeledFile() {
        assertThat(run("evaluate", model.toString(), data.toString(), "--threshold", "0.3")).isZero();

        assertThat(out.toString())
                .startsWith("model model.dwm on customers.csv (1,500 rows)")
                .contains("purchase model on 1,500 evaluation rows")
                .contains("at threshold 0.30: TP")
                .contains("calibration (bin: rows, mean predicted, observed):")
                .contains("value model on")
                .contains("uplift against the baseline offer");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void evaluateJsonIsOneObjectWithTheMetrics() throws IOException {
        assertThat(run("evaluate", model.toString(), data.toString(), "--json")).isZero();

        JsonNode report = Json.mapper().readTree(out.toString());
        assertThat(report.isObject()).isTrue();
        assertThat(report.at("/purchase/metrics/rows").asInt()).isEqualTo(1500);
        assertThat(report.at("/purchase/metrics/auc").asDouble()).isGreaterThan(0.9);
        assertThat(report.at("/purchase/confusion/threshold").asDouble()).isEqualTo(0.5);
        assertThat(report.at("/value/metrics/rmse").isNumber()).isTrue();
        assertThat(report.at("/uplift").has("0.2")).isTrue();
    }

    @Test
    void scoreWritesOneRowPerCustomerAndAManifest() throws IOException {
        Path scores = dir.resolve("scores.csv");

        assertThat(run("score", model.toString(), data.toString(), "--out", scores.toString())).isZero();

        assertThat(out.toString()).contains("scored 1,500 of 1,500 customers (10 columns) into " + scores);
        assertThat(err.toString()).contains("scoring " + data.getFileName() + ": 100 % (");
        List<String> lines = Files.readAllLines(scores);
        assertThat(lines).hasSize(1501);
        assertThat(lines.get(0)).isEqualTo("customer_id,p_buy_observed,p_buy_none,p_buy_at_0,p_buy_at_0.1,"
                + "p_buy_at_0.2,expected_spend,expected_spend_at_0,expected_spend_at_0.1,expected_spend_at_0.2");
        assertThat(lines.get(1)).startsWith("C00001,");
        assertThat(lines.get(1500)).startsWith("C01500,");
        ScoresManifest manifest = ScoresManifest.read(dir.resolve("scores.manifest.json"));
        assertThat(manifest.inputSha256()).isEqualTo(FileHashes.sha256(data));
        assertThat(manifest.modelSha256()).isEqualTo(FileHashes.sha256(model));
        assertThat(manifest.training().inputSha256()).isEqualTo(FileHashes.sha256(data));
    }

    @Test
    void aFileWithoutTheLabelCannotBeEvaluatedButCanBeScored() throws IOException {
        Path unlabeled = Files.write(dir.resolve("new.csv"), List.of("customer_id,x1,x2,color,discount",
                "N1,0.2,0.4,red,0.1", "N2,0.8,0.9,blue,0"));

        assertThat(run("evaluate", model.toString(), unlabeled.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: ").contains("no column 'bought'")
                .doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(run("score", model.toString(), unlabeled.toString(), "--out", dir.resolve("s.csv").toString()))
                .isZero();
        assertThat(Files.readAllLines(dir.resolve("s.csv"))).hasSize(3);
    }

    @Test
    void aFileThatIsNotAModelIsAClearError() {
        Path scores = dir.resolve("scores.csv");

        assertThat(run("score", data.toString(), data.toString(), "--out", scores.toString())).isEqualTo(2);
        assertThat(run("evaluate", data.toString(), data.toString())).isEqualTo(2);

        assertThat(err.toString().lines()).containsExactly(
                "error: customers.csv: This is not a Discount Workbench model file. Choose a .dwm file written by "
                        + "'train' or the Train screen.",
                "error: customers.csv: This is not a Discount Workbench model file. Choose a .dwm file written by "
                        + "'train' or the Train screen.");
        assertThat(scores).doesNotExist();
    }

    @Test
    void badOptionsAreClearErrors() {
        assertThat(run("train", data.toString(), "--label", "nosuch", "--out", dir.resolve("m.dwm").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("error: There is no column 'nosuch'. Columns are: customer_id, x1");

        assertThat(run("evaluate", model.toString(), data.toString(), "--threshold", "1.5")).isEqualTo(2);
        assertThat(err.toString()).contains("error: --threshold must be a probability between 0 and 1 (got 1.5).");

        assertThat(run("train", data.toString(), "--out", dir.resolve("typo/m.dwm").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("error: m.dwm: The folder ").contains("typo does not exist.");
        assertThat(out.toString()).doesNotContain("training purchase model");

        assertThat(run("score", model.toString(), data.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--out=SCORES.csv'");
        assertThat(err.toString()).doesNotContain("\tat ");
        assertThat(dir.resolve("m.dwm")).doesNotExist();
    }
}
