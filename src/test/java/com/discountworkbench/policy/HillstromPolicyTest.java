package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.cli.CommandRun;
import com.discountworkbench.json.Json;
import com.discountworkbench.policy.HistoryEvaluation.PolicyEstimate;
import com.discountworkbench.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hillstrom's randomized e-mail campaign (named offers, discount 0 and cost 0): train on a seeded 70 %,
 * check the policy on the other 30 % against "Mens E-Mail to everyone", and reproduce the public arm means
 * with IPS on all rows. Few epochs here; the note reports the default settings.
 */
class HillstromPolicyTest {
    private static final String MENS = "everyone: Mens E-Mail";

    @TempDir
    Path dir;

    @Test
    void policyIsCheckedOnHeldOutHistoryAndIpsReproducesThePublicArmMeans() throws IOException {
        Path hillstrom = SharedData.require("hillstrom/hillstrom.csv");
        Path train = dir.resolve("train.csv");
        Path test = dir.resolve("test.csv");
        int testRows = CsvSplit.split(hillstrom, 0.7, 2008, train, test);
        Path model = dir.resolve("hillstrom.dwm");
        run("train", train.toString(), "--out", model.toString(), "--treatment", "segment", "--label", "conversion",
                "--value", "spend", "--role", "visit=ignore", "--epochs", "2");

        SimulationReport heldOut = simulate(model, test);
        HistoryEvaluation history = heldOut.history();
        assertThat(history.rows()).isEqualTo(testRows);
        assertThat(heldOut.recommended().noDiscountLevel()).isEqualTo("No E-Mail");
        assertThat(estimate(history, MENS).ips().value()).isCloseTo(armMeanSpend(test, "Mens E-Mail"), within(1e-6));
        OpeReport recommended = estimate(history, "recommended");
        assertThat(recommended.doublyRobust().lower()).isLessThan(recommended.doublyRobust().upper());
        System.out.printf(Locale.ROOT, "hillstrom 30%%: recommended IPS %s DR %s model %.4f; Mens IPS %s DR %s%n",
                recommended.ips(), recommended.doublyRobust(), recommended.modelPredicted(),
                estimate(history, MENS).ips(), estimate(history, MENS).doublyRobust());

        HistoryEvaluation allRows = simulate(model, hillstrom).history();
        assertThat(estimate(allRows, MENS).ips().value()).isCloseTo(1.4226165110, within(1e-6));
        assertThat(estimate(allRows, "everyone: No E-Mail").ips().value()).isCloseTo(0.6527893551, within(1e-6));
        assertThat(estimate(allRows, "everyone: Womens E-Mail").ips().value()).isCloseTo(1.0772015710, within(1e-6));
    }

    private static SimulationReport simulate(Path model, Path customers) {
        String json = run("simulate", model.toString(), customers.toString(), "--json", "--margin-rate", "0.5",
                "--bootstrap", "200");
        return Json.read(json, SimulationReport.class, "simulation report");
    }

    private static OpeReport estimate(HistoryEvaluation history, String policy) {
        return history.estimates().stream()
                .filter(e -> e.policy().equals(policy) && e.reward().equals(PolicyEstimate.SPEND))
                .findFirst().orElseThrow().report();
    }

    private static double armMeanSpend(Path file, String arm) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        double total = 0;
        int customers = 0;
        for (String line : lines.subList(1, lines.size())) {
            if (line.contains("," + arm + ",")) {
                total += Float.parseFloat(line.substring(line.lastIndexOf(',') + 1));
                customers++;
            }
        }
        return total / customers;
    }

    private static String run(String... args) {
        return CommandRun.ok(args).out();
    }
}
