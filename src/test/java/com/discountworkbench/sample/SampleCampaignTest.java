package com.discountworkbench.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A simulated campaign responds as the true response says, reproducibly, and writes an outcomes file. */
class SampleCampaignTest {
    @TempDir
    Path folder;

    private final List<SampleCustomer> customers = SampleDataGenerator.generate(20_000, 4).stream()
            .map(SampleRow::customer).toList();

    @Test
    void customersBuyAsOftenAsTheTruthSays() {
        double[] discounts = new double[customers.size()];
        Arrays.fill(discounts, 0.2);

        List<SampleRow> outcomes = SampleCampaign.run(customers, discounts, 8);

        double expected = customers.stream().mapToDouble(c -> TrueResponse.purchaseProbability(c, 0.2)).average()
                .orElseThrow();
        double observed = outcomes.stream().filter(SampleRow::purchased).count() / (double) outcomes.size();
        assertThat(observed).isCloseTo(expected, within(0.015));
        assertThat(outcomes.get(0).customer()).isSameAs(customers.get(0));
        assertThat(outcomes).allMatch(row -> row.discountOffered() == 0.2);
        assertThat(SampleCampaign.run(customers, discounts, 8)).isEqualTo(outcomes);
    }

    @Test
    void theOutcomesFileHasOneLinePerCustomerWithTheControlGroup() throws IOException {
        List<SampleCustomer> three = customers.subList(0, 3);
        List<SampleRow> outcomes = SampleCampaign.run(three, new double[] {0, 0.05, 0.3}, 1);
        Path file = folder.resolve("outcomes.csv");

        SampleCampaign.write(file, outcomes, new boolean[] {false, true, false});

        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("customer_id,discount_offered,holdout,purchased,spend");
        assertThat(lines.get(2)).startsWith("C000002,0.05,true,");
    }
}
