package com.discountworkbench.cli;

import static com.discountworkbench.cli.PolicyCommandTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.json.Json;
import com.discountworkbench.policy.FeedbackReport;
import com.discountworkbench.sample.SampleCustomer;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.sample.SampleRow;
import com.discountworkbench.sample.TrueResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackCommandTest {
    private static final int CONTROLS = 300;
    private final TrainedSample sample = TrainedSample.get();

    @TempDir
    Path dir;

    private Path policy;
    private Path outcomes;
    private long buyers;

    /** Sends the exported policy (with a 20 % control group) and draws each customer's response from the truth. */
    @BeforeEach
    void runCampaign() throws IOException {
        policy = dir.resolve("policy.csv");
        CommandRun.ok("policy", sample.model.toString(), sample.customers.toString(), "--out", policy.toString(),
                "--holdout-share", "0.2", "--seed", "3");
        List<String> target = Files.readAllLines(sample.customers, StandardCharsets.UTF_8);
        List<String> sent = Files.readAllLines(policy, StandardCharsets.UTF_8);
        List<SampleCustomer> customers = SampleDataGenerator.generate(TrainedSample.TARGET_ROWS,
                TrainedSample.TARGET_SEED).stream().map(SampleRow::customer).toList();
        SplittableRandom random = new SplittableRandom(99);
        List<String> lines = new ArrayList<>();
        lines.add(withoutHistory(target.get(0)) + ",recommended_discount,holdout,purchased,spend");
        buyers = 0;
        for (int i = 0; i < customers.size(); i++) {
            String[] offer = sent.get(i + 1).split(",");
            double discount = Double.parseDouble(offer[1]);
            boolean bought = random.nextDouble() < TrueResponse.purchaseProbability(customers.get(i), discount);
            buyers += bought ? 1 : 0;
            double spend = bought ? TrueResponse.expectedSpend(customers.get(i), discount) : 0;
            lines.add(String.format(Locale.ROOT, "%s,%s,%s,%d,%.2f", withoutHistory(target.get(i + 1)), offer[1],
                    offer[9], bought ? 1 : 0, spend));
        }
        outcomes = Files.write(dir.resolve("outcomes.csv"), lines);
    }

    /** The sample line without its last three fields (discount_offered, purchased, spend). */
    private static String withoutHistory(String line) {
        String[] fields = line.split(",");
        return String.join(",", List.of(fields).subList(0, fields.length - 3));
    }

    @Test
    void comparesPredictionsWithOutcomesAndWritesARetrainableMergedFile() throws IOException {
        Path merged = dir.resolve("merged.csv");
        CommandRun run = CommandRun.ok("feedback", sample.model.toString(), outcomes.toString(), "--json",
                "--merged-out", merged.toString());
        FeedbackReport report = Json.read(run.out(), FeedbackReport.class, "feedback report");

        assertThat(report.rows()).isEqualTo(TrainedSample.TARGET_ROWS);
        assertThat(report.groups()).extracting(FeedbackReport.Group::name).containsExactly("all", "policy", "control");
        assertThat(report.groups().get(2).customers()).isEqualTo(CONTROLS);
        assertThat(report.groups().get(0).realizedConversion())
                .isCloseTo((double) buyers / TrainedSample.TARGET_ROWS, within(1e-9));
        assertThat(report.deciles()).hasSize(10);
        assertThat(report.deciles().stream().mapToInt(FeedbackReport.Group::customers).sum())
                .isEqualTo(TrainedSample.TARGET_ROWS);
        assertThat(report.deciles().get(0).predictedConversion())
                .isGreaterThan(report.deciles().get(9).predictedConversion());
        assertThat(report.deciles().get(0).realizedConversion())
                .isGreaterThan(report.deciles().get(9).realizedConversion());
        assertThat(report.calibration().bins()).hasSize(10);
        assertThat(report.metrics().auc()).isGreaterThan(0.6);
        assertThat(report.notes()).anyMatch(note -> note.contains("'recommended_discount'"));

        List<String> lines = Files.readAllLines(merged, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(TrainedSample.TARGET_ROWS + 1);
        assertThat(lines.get(0)).startsWith("customer_id,").contains(",discount_offered,gross_margin_rate,")
                .endsWith(",purchased,spend").doesNotContain("holdout", "recommended");
        List<String> header = List.of(lines.get(0).split(","));
        List<String> sent = Files.readAllLines(policy, StandardCharsets.UTF_8);
        for (int row = 1; row <= 20; row++) {
            assertThat(Double.parseDouble(lines.get(row).split(",")[header.indexOf("discount_offered")]))
                    .isEqualTo(Double.parseDouble(sent.get(row).split(",")[1]));
        }
        assertThat(run.err()).contains("merged training file written");
        CommandRun.ok("train", merged.toString(), "--out", dir.resolve("retrained.dwm").toString(), "--epochs", "1");
    }

    @Test
    void printsGroupsDecilesAndCalibration() {
        CommandRun run = CommandRun.ok("feedback", sample.model.toString(), outcomes.toString());
        assertThat(run.out()).contains("1,500 campaign outcomes", "control", "decile 1", "decile 10",
                "purchase model on the outcomes: AUC", "calibration (bin: rows, mean predicted, observed)");
    }

    @Test
    void explicitColumnNamesAndClearErrorsForMissingOnes() throws IOException {
        Path renamed = Files.writeString(dir.resolve("renamed.csv"), Files.readString(outcomes)
                .replaceFirst("recommended_discount", "offered").replaceFirst(",purchased,", ",bought,"));
        CommandRun.ok("feedback", sample.model.toString(), renamed.toString(), "--treatment", "offered", "--label",
                "bought");
        assertError(CommandRun.of("feedback", sample.model.toString(), renamed.toString(), "--treatment", "offered"),
                "no column saying whether the customer bought ('purchased')", "--label COL");
        assertError(CommandRun.of("feedback", sample.model.toString(), renamed.toString(), "--label", "bought"),
                "no column with the offered treatment", "--treatment COL");
        Path noAge = TrainedSample.withoutColumn(outcomes, "age", dir.resolve("noage.csv"));
        assertError(CommandRun.of("feedback", sample.model.toString(), noAge.toString()),
                "lacks columns the model needs as features: age");
    }
}
