package com.discountworkbench.cli;

import static com.discountworkbench.cli.PolicyCommandTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.json.Json;
import com.discountworkbench.policy.Baseline;
import com.discountworkbench.policy.HistoryEvaluation;
import com.discountworkbench.policy.HistoryEvaluation.PolicyEstimate;
import com.discountworkbench.policy.OpeEstimate;
import com.discountworkbench.policy.SimulationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G'};
    private final TrainedSample sample = TrainedSample.get();

    @TempDir
    Path dir;

    @Test
    void jsonReportParsesBackAndUniformPoliciesAreValuedAtTheirArmsMeanSpend() throws IOException {
        CommandRun run = CommandRun.ok("simulate", sample.model.toString(), sample.customers.toString(), "--json",
                "--bootstrap", "100");
        SimulationReport report = Json.read(run.out(), SimulationReport.class, "simulation report");

        assertThat(report.baselines()).extracting(Baseline::kind).contains(Baseline.Kind.NO_DISCOUNT,
                Baseline.Kind.UNIFORM, Baseline.Kind.HISTORICAL);
        assertThat(report.minMarginSweep().points()).hasSize(13);
        assertThat(report.budgetSweep().points()).hasSize(11);
        assertThat(report.budgetSweep().points().get(10).value())
                .isCloseTo(report.recommended().totals().discountCost(), within(1e-6));
        HistoryEvaluation history = report.history();
        assertThat(history.rows()).isEqualTo(TrainedSample.TARGET_ROWS);
        assertThat(history.propensitySource()).isEqualTo("observed shares");
        Map<String, double[]> arms = spendByArm(sample.customers);
        arms.forEach((level, spend) -> {
            OpeEstimate ips = estimate(history, "everyone: " + level, PolicyEstimate.SPEND).ips();
            assertThat(ips.value()).as(level).isCloseTo(spend[0] / spend[1], within(1e-6));
            assertThat(ips.lower()).isLessThanOrEqualTo(ips.value());
            assertThat(ips.upper()).isGreaterThanOrEqualTo(ips.value());
        });
        assertThat(estimate(history, "recommended", PolicyEstimate.PROFIT).doublyRobust()).isNotNull();
        assertThat(estimate(history, "recommended", PolicyEstimate.PROFIT).modelPredicted()).isNotNull();
        assertThat(history.uplift()).extracting(HistoryEvaluation.UpliftComparison::outcome)
                .contains("conversion", "spend");
        assertThat(history.uplift().get(0).upliftAtK()).hasSize(4);
    }

    @Test
    void tablesAndChartsForAnAnalyst() throws IOException {
        Path charts = dir.resolve("charts");
        CommandRun run = CommandRun.ok("simulate", sample.model.toString(), sample.customers.toString(), "--charts",
                charts.toString(), "--segment-column", "device", "--min-margin", "0.2", "--bootstrap", "20");
        assertThat(run.out()).contains("expected totals", "baselines (expected under the model)", "everyone: 0.1",
                "historical", "sweep of the minimum margin", "sweep of the discount budget",
                "check against history: 1,500 rows", "DR [95% CI]", "uplift against the baseline", "mobile",
                "charts written to");
        for (String chart : List.of(SimulateCommand.MARGIN_SWEEP_PNG, SimulateCommand.BUDGET_SWEEP_PNG,
                SimulateCommand.DISTRIBUTION_PNG)) {
            assertThat(Files.readAllBytes(charts.resolve(chart))).startsWith(PNG_SIGNATURE);
        }
    }

    @Test
    void withoutHistoryTheReportSaysWhyAndSkipsTheCheck() throws IOException {
        Path noTreatment = TrainedSample.withoutColumn(sample.customers, "discount_offered", dir.resolve("new.csv"));
        CommandRun run = CommandRun.ok("simulate", sample.model.toString(), noTreatment.toString(), "--json");
        SimulationReport report = Json.read(run.out(), SimulationReport.class, "simulation report");
        assertThat(report.history()).isNull();
        assertThat(report.baselines()).extracting(Baseline::kind).doesNotContain(Baseline.Kind.HISTORICAL);
        assertThat(report.notes()).anyMatch(note -> note.contains("no treatment column 'discount_offered'"));
    }

    @Test
    void unreadableOutcomesOnlyCostTheCheckAgainstHistory() throws IOException {
        List<String> lines = Files.readAllLines(sample.customers, StandardCharsets.UTF_8);
        String first = lines.get(1);
        String[] fields = first.split(",");
        fields[fields.length - 2] = "2";
        lines.set(1, String.join(",", fields));
        Path odd = Files.write(dir.resolve("odd.csv"), lines);
        CommandRun run = CommandRun.ok("simulate", sample.model.toString(), odd.toString());
        assertThat(run.out()).contains("baselines (expected under the model)", "note: No check against history:")
                .doesNotContain("check against history: 1,500 rows");
    }

    @Test
    void loggedPropensitiesReplaceTheObservedShares() throws IOException {
        Path logged = TrainedSample.withColumn(sample.customers, "propensity", "0.25", dir.resolve("logged.csv"));
        CommandRun run = CommandRun.ok("simulate", sample.model.toString(), logged.toString(), "--json",
                "--propensity-column", "propensity", "--bootstrap", "10");
        HistoryEvaluation history = Json.read(run.out(), SimulationReport.class, "report").history();
        assertThat(history.propensitySource()).isEqualTo("propensity");
        double[] arm = spendByArm(sample.customers).get("0.1");
        assertThat(estimate(history, "everyone: 0.1", PolicyEstimate.SPEND).ips().value())
                .isCloseTo(arm[0] / 0.25 / TrainedSample.TARGET_ROWS, within(1e-6));
    }

    @Test
    void badOptionsAreReportedWithoutStackTraces() {
        String model = sample.model.toString();
        String customers = sample.customers.toString();
        assertError(CommandRun.of("simulate", model, customers, "--bootstrap", "1"), "at least 2 resamples");
        assertError(CommandRun.of("simulate", model, customers, "--propensity-column", "nope"), "no column 'nope'");
        assertError(CommandRun.of("simulate", model, customers, "--objective", "happiness"), "--objective",
                "happiness");
        assertError(CommandRun.of("simulate", model, customers, "--segment-column", "device",
                "--segment-max-discount", "watch=0.1"), "There is no segment 'watch'");
    }

    private static com.discountworkbench.policy.OpeReport estimate(HistoryEvaluation history, String policy,
                                                                   String reward) {
        return history.estimates().stream().filter(e -> e.policy().equals(policy) && e.reward().equals(reward))
                .findFirst().orElseThrow().report();
    }

    /** Per recorded discount (as the grid names it): total spend and customers, read straight from the file. */
    static Map<String, double[]> spendByArm(Path customers) throws IOException {
        List<String> lines = Files.readAllLines(customers, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int discount = header.indexOf("discount_offered");
        int spend = header.indexOf("spend");
        Map<String, double[]> arms = new TreeMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",");
            String level = new java.math.BigDecimal(fields[discount]).stripTrailingZeros().toPlainString();
            double[] arm = arms.computeIfAbsent(level, key -> new double[2]);
            arm[0] += Float.parseFloat(fields[spend]);
            arm[1]++;
        }
        return arms;
    }
}
