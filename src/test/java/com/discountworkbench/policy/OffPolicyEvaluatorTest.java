package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OffPolicyEvaluatorTest {
    private static final int LEVELS = 3;

    /** Mean reward of level k for a customer with feature x: the truth the estimators must recover. */
    private static double meanReward(double x, int k) {
        return 10 + 6 * x * k - 2.5 * k * (1 - x);
    }

    @Test
    void recoversTheValueOfAPolicyFromLoggedHistoryWithKnownTruth() {
        int n = 20_000;
        SplittableRandom random = new SplittableRandom(2024);
        int[] observed = new int[n];
        double[] reward = new double[n];
        double[] propensity = new double[n];
        int[] policy = new int[n];
        float[] predicted = new float[n * LEVELS];
        double truth = 0;
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble();
            // The logging policy favours level 1 for high x: propensities depend on the customer.
            double[] weights = {1, Math.exp(1.5 * x), Math.exp(-x)};
            double total = weights[0] + weights[1] + weights[2];
            double u = random.nextDouble() * total;
            observed[i] = u < weights[0] ? 0 : u < weights[0] + weights[1] ? 1 : 2;
            propensity[i] = weights[observed[i]] / total;
            reward[i] = meanReward(x, observed[i]) + 4 * random.nextGaussian();
            policy[i] = x > 0.5 ? 2 : 0;
            truth += meanReward(x, policy[i]);
            for (int k = 0; k < LEVELS; k++) {
                predicted[i * LEVELS + k] = (float) (meanReward(x, k) + 1.0);
            }
        }
        truth /= n;
        OpeReport report = new OffPolicyEvaluator(500, 7).evaluate(new LoggedOutcomes(observed, reward, propensity),
                policy, predicted, LEVELS, TaskMonitor.NONE);

        for (OpeEstimate estimate : List.of(report.ips(), report.selfNormalizedIps(), report.doublyRobust())) {
            assertThat(estimate.value()).isCloseTo(truth, within(0.35));
            assertThat(estimate.covers(truth)).as("%s covers %s", estimate, truth).isTrue();
            assertThat(estimate.upper() - estimate.lower()).isBetween(0.05, 1.5);
        }
        assertThat(report.modelPredicted()).as("the biased model is optimistic by 1").isCloseTo(truth + 1, within(1e-3));
        assertThat(report.doublyRobust().value()).as("DR corrects the model's bias").isCloseTo(truth, within(0.2));
        assertThat(report.matched()).isBetween(n / 5, n / 2);
        assertThat(report.effectiveSampleSize()).isPositive().isLessThan(report.matched());
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        int[] observed = {0, 1, 0, 1, 1, 0, 0, 1};
        double[] reward = {1, 5, 0, 3, 4, 2, 1, 0};
        int[] policy = {1, 1, 1, 1, 1, 1, 1, 1};
        LoggedOutcomes logged = LoggedOutcomes.withObservedShares(observed, reward, 2);
        OpeReport first = new OffPolicyEvaluator(200, 3).evaluate(logged, policy, null, 2, TaskMonitor.NONE);
        OpeReport again = new OffPolicyEvaluator(200, 3).evaluate(logged, policy, null, 2, TaskMonitor.NONE);
        assertThat(again).isEqualTo(first);
        assertThat(first.ips().value()).isCloseTo(3.0, within(1e-12));
        assertThat(first.doublyRobust()).isNull();
        assertThat(first.modelPredicted()).isNull();
    }

    @Test
    void quantilesInterpolateBetweenOrderStatistics() {
        double[] sorted = {1, 2, 3, 4, 5};
        assertThat(OffPolicyEvaluator.quantile(sorted, 0.5)).isEqualTo(3);
        assertThat(OffPolicyEvaluator.quantile(sorted, 0.125)).isEqualTo(1.5);
        assertThat(OffPolicyEvaluator.quantile(sorted, 1)).isEqualTo(5);
    }

    /** Public figures: Hillstrom's e-mail test was randomized, so IPS of "X to everyone" is X's mean spend. */
    @Test
    void reproducesHillstromArmMeans() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.require("hillstrom/hillstrom.csv"), StandardCharsets.UTF_8);
        List<String> header = splitCsv(lines.get(0));
        int segment = header.indexOf("segment");
        int spendColumn = header.indexOf("spend");
        List<String> arms = List.of("Mens E-Mail", "Womens E-Mail", "No E-Mail");
        int rows = lines.size() - 1;
        int[] observed = new int[rows];
        double[] spend = new double[rows];
        for (int r = 0; r < rows; r++) {
            List<String> fields = splitCsv(lines.get(r + 1));
            observed[r] = arms.indexOf(fields.get(segment));
            spend[r] = Double.parseDouble(fields.get(spendColumn));
        }
        assertThat(rows).isEqualTo(64_000);
        assertThat(observed).doesNotContain(-1);
        LoggedOutcomes logged = LoggedOutcomes.withObservedShares(observed, spend, arms.size());
        OffPolicyEvaluator evaluator = new OffPolicyEvaluator(OffPolicyEvaluator.DEFAULT_RESAMPLES, 1);

        OpeReport mens = evaluator.evaluate(logged, everyone(rows, 0), null, arms.size(), TaskMonitor.NONE);
        assertThat(mens.ips().value()).isCloseTo(1.4226, within(0.00005));
        assertThat(mens.selfNormalizedIps().value()).isCloseTo(1.4226, within(0.00005));
        assertThat(mens.ips().covers(1.4226)).isTrue();
        OpeReport none = evaluator.evaluate(logged, everyone(rows, 2), null, arms.size(), TaskMonitor.NONE);
        assertThat(none.ips().value()).isCloseTo(0.6528, within(0.00005));
        assertThat(none.ips().upper()).isLessThan(mens.ips().lower());
    }

    private static int[] everyone(int rows, int level) {
        int[] policy = new int[rows];
        java.util.Arrays.fill(policy, level);
        return policy;
    }

    /** Splits one CSV line on commas outside double quotes ("6) $750 - $1,000" is one field). */
    private static List<String> splitCsv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int c = 0; c < line.length(); c++) {
            char ch = line.charAt(c);
            if (ch == '"') {
                if (quoted && c + 1 < line.length() && line.charAt(c + 1) == '"') {
                    field.append('"');
                    c++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(ch);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
