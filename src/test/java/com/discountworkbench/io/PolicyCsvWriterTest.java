package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.OfferEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Segments;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyCsvWriterTest {
    @TempDir
    Path folder;

    private final CategoricalColumn ids = new CategoricalColumn("customer_id", ColumnType.ID, new int[] {0, 1},
            List.of("C-1", "C;2"));

    /** Two customers, levels 0 and 15 %, margin 40 %: customer 1 pays 85 for a 100 basket at 15 % off. */
    private static PolicyProblem twoCustomers() {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.15));
        ResponseMatrix responses = new ResponseMatrix(grid, 2, new float[] {0.1f, 0.2f, 0.3f, 0.35f},
                new float[] {100, 85, 50, 42.5f});
        return new PolicyProblem(responses, OfferGrid.of(grid), CustomerEconomics.uniformMargin(2, 0.4),
                new Segments(new int[] {0, 1}, List.of("web", "phone, store")));
    }

    @Test
    void writesOneRowPerCustomerWithTheIdColumnUnderItsOwnName() throws IOException {
        Path target = folder.resolve("policy.csv");
        new PolicyCsvWriter(CsvExportFormat.standard()).write(target, twoCustomers(), ids,
                HoldoutPlan.none(new int[] {1, 0}), TaskMonitor.NONE);
        assertThat(Files.readAllLines(target)).containsExactly(
                "customer_id,recommended_discount,p_buy_recommended,p_buy_no_discount,expected_spend,"
                        + "expected_revenue,expected_profit,incremental_profit,segment",
                "C-1,0.15,0.2,0.1,85,17,5,1,web",
                "C;2,0,0.3,0.3,50,15,6,0,\"phone, store\"");
        assertThat(Files.readAllBytes(target)[0]).isEqualTo((byte) 'c');
    }

    @Test
    void excelFormatHasABomSemicolonsAndDecimalCommas() throws IOException {
        Path target = folder.resolve("policy.csv");
        new PolicyCsvWriter(CsvExportFormat.excelDecimalComma()).write(target, twoCustomers(), ids,
                HoldoutPlan.none(new int[] {1, 0}), TaskMonitor.NONE);
        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).startsWith("customer_id;recommended_discount;p_buy_recommended;");
        assertThat(lines.get(1)).isEqualTo("C-1;0,15;0,2;0,1;85;17;5;1;web");
        assertThat(lines.get(2)).isEqualTo("\"C;2\";0;0,3;0,3;50;15;6;0;phone, store");
    }

    @Test
    void tabDelimiterAndRowNumbersWhenThereIsNoIdColumn() throws IOException {
        Path target = folder.resolve("policy.tsv");
        new PolicyCsvWriter(new CsvExportFormat(false, CsvExportFormat.delimiterFrom("tab"), ','))
                .write(target, twoCustomers(), null, HoldoutPlan.none(new int[] {1, 1}), TaskMonitor.NONE);
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).startsWith("row\trecommended_discount\t");
        assertThat(lines.get(2)).startsWith("2\t0,15\t0,35\t0,3\t42,5\t");
    }

    @Test
    void rejectsADecimalCommaWithACommaDelimiter() {
        assertThatThrownBy(() -> new CsvExportFormat(false, ',', ',')).isInstanceOf(DataException.class)
                .hasMessageContaining("';' or tab");
        assertThatThrownBy(() -> CsvExportFormat.delimiterFrom("|")).isInstanceOf(DataException.class);
    }

    @Test
    void namedOffersAreWrittenByNameAndTheControlGroupIsMarked() throws IOException {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.named("Mens E-Mail"), TreatmentLevel.named("No E-Mail"));
        ResponseMatrix responses = new ResponseMatrix(grid, 2, new float[] {0.02f, 0.01f, 0.03f, 0.01f},
                new float[] {100, 100, 80, 80});
        OfferGrid offers = OfferGrid.of(grid, List.of(OfferEconomics.parse("Mens E-Mail:cost=0.10")));
        PolicyProblem problem = new PolicyProblem(responses, offers, CustomerEconomics.uniformMargin(2, 0.5));
        HoldoutPlan plan = new HoldoutPlan(new int[] {0, 1}, new boolean[] {false, true}, 0.5, 9);
        Path target = folder.resolve("offers.csv");
        new PolicyCsvWriter(CsvExportFormat.standard()).write(target, problem, ids, plan, TaskMonitor.NONE);
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).isEqualTo("customer_id,recommended_offer,p_buy_recommended,p_buy_no_discount,"
                + "expected_spend,expected_revenue,expected_profit,incremental_profit,segment,holdout");
        assertThat(lines.get(1)).isEqualTo("C-1,Mens E-Mail,0.02,0.01,100,2,0.9,0.4,all,false");
        assertThat(lines.get(2)).isEqualTo("C;2,No E-Mail,0.01,0.01,80,0.8,0.4,0,all,true");
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        Path target = folder.resolve("policy.csv");
        TaskMonitor cancelled = new TaskMonitor() {
            @Override public void progress(double fraction, String message) { }

            @Override public boolean isCancelled() { return true; }
        };
        assertThatThrownBy(() -> new PolicyCsvWriter(CsvExportFormat.standard()).write(target, twoCustomers(), ids,
                HoldoutPlan.none(new int[] {0, 0}), cancelled)).isInstanceOf(CancelledException.class);
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void writesOnlyTheChosenColumnsButAlwaysTheIdAndTheRecommendation() throws IOException {
        Path target = folder.resolve("policy.csv");
        new PolicyCsvWriter(CsvExportFormat.standard(), EnumSet.of(PolicyColumn.SEGMENT,
                PolicyColumn.P_BUY_RECOMMENDED, PolicyColumn.HOLDOUT)).write(target, twoCustomers(), ids,
                HoldoutPlan.none(new int[] {1, 0}), TaskMonitor.NONE);
        assertThat(Files.readAllLines(target)).containsExactly(
                "customer_id,recommended_discount,p_buy_recommended,segment",
                "C-1,0.15,0.2,web",
                "C;2,0,0.3,\"phone, store\"");
    }

    @Test
    void anUnwritableFolderIsReportedToTheAnalyst() {
        Path target = folder.resolve("missing").resolve("policy.csv");
        assertThatThrownBy(() -> new PolicyCsvWriter(CsvExportFormat.standard()).write(target, twoCustomers(), ids,
                HoldoutPlan.none(new int[] {0, 0}), TaskMonitor.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("policy.csv").hasMessageContaining("folder");
    }
}
