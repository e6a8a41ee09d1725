package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.io.ModelFile;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Hillstrom e-mail campaign (64,000 customers, three randomized arms, 0.9 % convert) through train, evaluate
 * and score, as an analyst would run them. Skipped when the shared data is not beside the repository.
 */
class HillstromEndToEndTest {
    @TempDir
    static Path shared;
    private static Path data;
    private static Path model;
    private static String trainOutput;

    @BeforeAll
    static void trainOnce() {
        data = SharedData.require("hillstrom/hillstrom.csv");
        model = shared.resolve("hillstrom.dwm");
        // Eight epochs keep the test short; early stopping picks about that many with the default 30.
        trainOutput = CommandRun.ok("train", data.toString(), "--treatment", "segment", "--label", "conversion",
                "--value", "spend", "--epochs", "8", "--out", model.toString()).out();
    }

    @Test
    void thePurchaseModelRanksBuyersAndIsCalibrated() {
        DiscountModel trained = ModelFile.read(model, new Dl4jTrainer());

        ClassifierMetrics test = trained.report().purchase().metrics();
        assertThat(test.rows()).isEqualTo(9600);
        assertThat(test.positiveRate()).isCloseTo(0.009, within(0.002));
        assertThat(test.auc()).isGreaterThan(0.6);
        assertThat(test.meanPredicted()).isCloseTo(test.positiveRate(), within(0.003));
        assertThat(trained.preprocessing().noTreatmentLevel().name()).isEqualTo("No E-Mail");
        assertThat(trained.report().uplift()).containsOnlyKeys("Mens E-Mail", "Womens E-Mail");
        assertThat(trainOutput).contains("read 64,000 rows from hillstrom.csv").contains("model written to");
    }

    @Test
    void evaluateOnTheFileReportsEveryRow() throws IOException {
        String out = CommandRun.ok("evaluate", model.toString(), data.toString(), "--json").out();

        JsonNode report = Json.mapper().readTree(out);
        assertThat(report.at("/purchase/metrics/rows").asInt()).isEqualTo(64_000);
        assertThat(report.at("/purchase/metrics/auc").asDouble()).isGreaterThan(0.6);
        assertThat(report.at("/value/metrics/rows").asInt()).isEqualTo(578);
    }

    @Test
    void scoreNumbersTheRowsAndNamesTheOffers() throws IOException {
        Path scores = shared.resolve("hillstrom-scores.csv");

        CommandRun.ok("score", model.toString(), data.toString(), "--out", scores.toString());

        List<String> lines = Files.readAllLines(scores);
        assertThat(lines).hasSize(64_001);
        List<String> header = List.of(lines.get(0).split(","));
        // Offers come in order of first appearance in the training rows.
        assertThat(header.subList(0, 3)).containsExactly("row", "p_buy_observed", "p_buy_none");
        assertThat(header.subList(3, 6)).containsExactlyInAnyOrder("p_buy_at_Womens_E-Mail", "p_buy_at_No_E-Mail",
                "p_buy_at_Mens_E-Mail");
        assertThat(header.get(6)).isEqualTo("expected_spend");
        assertThat(header.subList(7, 10)).containsExactlyInAnyOrder("expected_spend_at_Womens_E-Mail",
                "expected_spend_at_No_E-Mail", "expected_spend_at_Mens_E-Mail");
        assertThat(lines.get(1)).startsWith("1,");
        assertThat(lines.get(64_000)).startsWith("64000,");
        String[] first = lines.get(1).split(",");
        assertThat(first[header.indexOf("p_buy_none")]).isEqualTo(first[header.indexOf("p_buy_at_No_E-Mail")]);
        // The first customer got the Womens E-Mail.
        assertThat(first[header.indexOf("p_buy_observed")]).isEqualTo(first[header.indexOf("p_buy_at_Womens_E-Mail")]);
        assertThat(shared.resolve("hillstrom-scores.manifest.json")).isRegularFile();
    }
}
