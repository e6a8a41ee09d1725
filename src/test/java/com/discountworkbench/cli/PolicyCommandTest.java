package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.io.FileHashes;
import com.discountworkbench.io.PolicyManifest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCommandTest {
    private final TrainedSample sample = TrainedSample.get();

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerCustomerAndAManifestWithHashesLimitsSeedAndTotals() throws Exception {
        Path out = dir.resolve("policy.csv");
        CommandRun run = CommandRun.ok("policy", sample.model.toString(), sample.customers.toString(), "--out",
                out.toString(), "--max-discount", "0.2", "--holdout-share", "0.1", "--seed", "7");

        assertThat(run.out()).contains("expected totals", "incremental profit vs no discount", "recommended level",
                "control group: 150 customers", "policy written to", "manifest written to");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(TrainedSample.TARGET_ROWS + 1);
        assertThat(lines.get(0)).isEqualTo("customer_id,recommended_discount,p_buy_recommended,p_buy_no_discount,"
                + "expected_spend,expected_revenue,expected_profit,incremental_profit,segment,holdout");
        assertThat(lines.get(1)).startsWith("C000001,");
        long controls = lines.stream().skip(1).filter(line -> line.endsWith(",true")).count();
        assertThat(controls).isEqualTo(150);
        assertThat(lines.stream().skip(1).filter(line -> line.endsWith(",false"))
                .map(line -> Double.parseDouble(line.split(",")[1]))).allMatch(rate -> rate <= 0.2);

        PolicyManifest manifest = PolicyManifest.read(dir.resolve("policy.manifest.json"));
        assertThat(manifest.modelSha256()).isEqualTo(FileHashes.sha256(sample.model));
        assertThat(manifest.inputSha256()).isEqualTo(FileHashes.sha256(sample.customers));
        assertThat(manifest.seed()).isEqualTo(7);
        assertThat(manifest.holdoutCustomers()).isEqualTo(150);
        assertThat(manifest.constraints().maxDiscount()).isEqualTo(0.2);
        assertThat(manifest.customers()).isEqualTo(TrainedSample.TARGET_ROWS);
        assertThat(manifest.recommended().totals().profit()).isGreaterThanOrEqualTo(
                manifest.recommended().noDiscount().profit());
        assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "%,.2f",
                manifest.recommended().totals().profit()));
    }

    @Test
    void excelFormatHasByteOrderMarkSemicolonsAndDecimalCommas() throws Exception {
        Path out = dir.resolve("excel.csv");
        CommandRun.ok("policy", sample.model.toString(), sample.customers.toString(), "--out", out.toString(),
                "--bom", "--out-delimiter", ";", "--out-decimal", ",");
        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).contains("customer_id;recommended_discount;p_buy_recommended");
        assertThat(lines.get(1).split(";")[2]).matches("0,\\d+");
    }

    @Test
    void levelsConstraintsAndOfferCostsShapeTheRecommendation() throws Exception {
        Path out = dir.resolve("levels.csv");
        CommandRun run = CommandRun.ok("policy", sample.model.toString(), sample.customers.toString(), "--out",
                out.toString(), "--levels", "0,10%,0.2,0.4", "--offer", "20%:cost=1000", "--segment-column",
                "city_tier", "--segment-max-discount", "4=0");
        assertThat(run.err()).contains("note: Levels 0.4 lie beyond the largest discount in the training data (0.3)");
        Set<String> rates = new HashSet<>();
        try (Stream<String> lines = Files.lines(out)) {
            lines.skip(1).map(line -> line.split(",")).forEach(fields -> {
                rates.add(fields[1]);
                if (fields[8].equals("4")) {
                    assertThat(fields[1]).isEqualTo("0");
                }
            });
        }
        assertThat(rates).isSubsetOf("0", "0.1", "0.4").contains("0");
        assertThat(run.out()).contains("recommended level", "(customers)");
    }

    @Test
    void budgetIsMetAndReported() throws Exception {
        Path out = dir.resolve("budget.csv");
        CommandRun run = CommandRun.ok("policy", sample.model.toString(), sample.customers.toString(), "--out",
                out.toString(), "--budget", "500");
        PolicyManifest manifest = PolicyManifest.read(dir.resolve("budget.manifest.json"));
        assertThat(manifest.recommended().budget().spent()).isLessThanOrEqualTo(500.0001);
        assertThat(manifest.recommended().totals().discountCost()).isLessThanOrEqualTo(500.0001);
        assertThat(run.out()).contains("discount budget 500.00");
    }

    @Test
    void namedOffersTakeTheAnalystsEconomicsAndAreWrittenByName() throws Exception {
        Path out = dir.resolve("named.csv");
        CommandRun run = CommandRun.ok("policy", sample.namedModel.toString(), sample.namedCustomers.toString(),
                "--out", out.toString(), "--offer", "Gold:discount=0.3,cost=0.5", "--offer", "Silver:discount=10%");
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("customer_id,recommended_offer,");
        assertThat(lines.stream().skip(1).map(line -> line.split(",")[1]).distinct())
                .isSubsetOf("No Offer", "Silver", "Gold");
        PolicyManifest manifest = PolicyManifest.read(dir.resolve("named.manifest.json"));
        assertThat(manifest.baselineLevel()).isEqualTo("No Offer");
        assertThat(manifest.offers()).anySatisfy(offer -> {
            assertThat(offer.level()).isEqualTo("Gold");
            assertThat(offer.discountRate()).isEqualTo(0.3);
            assertThat(offer.fixedCost()).isEqualTo(0.5);
        });
        assertThat(run.out()).contains("uniform ");
    }

    @Test
    void analystMistakesGiveOneLineErrorsAndExitCode2() throws Exception {
        String model = sample.model.toString();
        String customers = sample.customers.toString();
        String out = dir.resolve("p.csv").toString();
        Path noMargin = TrainedSample.withoutColumn(sample.customers, "gross_margin_rate", dir.resolve("nomargin.csv"));

        assertError(CommandRun.of("policy", model, noMargin.toString(), "--out", out),
                "Profit needs each customer's gross margin rate", "--margin-rate 0.35", "--margin-column COL");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--margin-rate", "0.3",
                "--margin-column", "gross_margin_rate"), "either a margin column or one margin rate");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--offer", "Platinum:cost=1"),
                "There is no treatment level 'Platinum'", "Levels are: 0, 0.05");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--levels", "0.1,0.2"),
                "must include 0 (no discount)");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--levels", "0,1.5"),
                "from 0 up to (not including) 1");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--levels", "0,lots"),
                "'lots' is not a rate");
        assertError(CommandRun.of("policy", sample.namedModel.toString(), sample.namedCustomers.toString(), "--out",
                out, "--levels", "0,0.1"), "named offers (No Offer, Silver, Gold)");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--segment-column", "customer_id"),
                "at most 50 groups");
        assertError(CommandRun.of("policy", dir.resolve("missing.dwm").toString(), customers, "--out", out),
                "model file does not exist");
        assertError(CommandRun.of("policy", model, customers, "--out", dir.resolve("no/such/p.csv").toString()),
                "does not exist. Create it first");
        assertError(CommandRun.of("policy", model, customers, "--out", out, "--out-delimiter", "|"),
                "Unknown delimiter");
        assertThat(dir.resolve("p.csv")).doesNotExist();
    }

    @Test
    void aFailedRunLeavesAnEarlierPolicyUntouchedAndNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("kept.csv");
        Files.writeString(out, "earlier policy\n");
        assertError(CommandRun.of("policy", sample.model.toString(), sample.customers.toString(), "--out",
                out.toString(), "--offer", "0.15:discount=0.2"), "only its fixed cost can be set");
        assertThat(out).hasContent("earlier policy");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    static void assertError(CommandRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(fragments).doesNotContain("Exception", "\tat ");
    }
}
