package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.sample.SampleCampaign;
import com.discountworkbench.sample.SampleCustomer;
import com.discountworkbench.sample.SampleDatasets;
import com.discountworkbench.sample.SampleRow;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaign outcomes against a model whose predictions are known: matching, figures, deciles, control group. */
class FeedbackAnalysisTest {
    private static final double[] SENT = {0, 0.1, 0.2, 0.3};
    private static final int CAMPAIGN = 2_000;

    @TempDir
    static Path folder;
    private static Dataset history;
    private static DiscountModel model;
    private static List<SampleRow> outcomes;
    private static boolean[] holdout;
    private static Path outcomesFile;

    @BeforeAll
    static void runACampaign() throws IOException {
        history = FormulaModel.customers(folder, 3_000, 5);
        model = FormulaModel.fittedOn(history);
        List<SampleCustomer> customers = SampleDatasets.customers(history).subList(0, CAMPAIGN);
        double[] discounts = new double[CAMPAIGN];
        holdout = new boolean[CAMPAIGN];
        for (int i = 0; i < CAMPAIGN; i++) {
            discounts[i] = SENT[i % SENT.length];
            holdout[i] = i % 10 == 3;
        }
        outcomes = SampleCampaign.run(customers, discounts, 11);
        outcomesFile = folder.resolve("outcomes.csv");
        SampleCampaign.write(outcomesFile, outcomes, holdout);
        Files.writeString(outcomesFile, "X000001,0.10,false,1,20.00\nX000002,0.10,false,0,0.00\n",
                StandardOpenOption.APPEND);
    }

    private static Dataset read(Path file) {
        return CsvDatasetReader.read(file, CsvOptions.detect(), TaskMonitor.NONE).dataset();
    }

    private static FeedbackReport analyze() {
        CampaignOutcomes matched = CampaignOutcomes.match(model.preprocessing(), read(outcomesFile), history,
                TaskMonitor.NONE);
        return FeedbackAnalysis.analyze(model, matched, 0.4, List.of(), TaskMonitor.NONE);
    }

    @Test
    void outcomesAreMatchedToTheCustomerDataById() {
        CampaignOutcomes matched = analyze().outcomes();

        assertThat(matched.customers()).isEqualTo(CAMPAIGN);
        assertThat(matched.outcomeRows()).isEqualTo(CAMPAIGN + 2);
        assertThat(matched.unmatched()).isEqualTo(2);
        assertThat(matched.unmatchedExamples()).containsExactly("X000001", "X000002");
        assertThat(matched.columns()).isEqualTo(new OutcomeColumns("customer_id", "discount_offered", "purchased",
                "spend", "holdout"));
        assertThat(matched.grid()).extracting(level -> level.rate()).containsExactly(0.0, 0.1, 0.2, 0.3);
        assertThat(matched.features().column("age").display(7)).isEqualTo(history.column("age").display(7));
    }

    @Test
    void predictedAndRealizedFiguresAddUp() {
        FeedbackReport report = analyze();

        double predicted = 0;
        double profit = 0;
        int buyers = 0;
        for (int i = 0; i < CAMPAIGN; i++) {
            SampleRow row = outcomes.get(i);
            double rate = row.discountOffered();
            predicted += FormulaModel.probability(rate);
            if (row.purchased()) {
                buyers++;
                profit += row.spend() * (1 - rate - row.customer().costRatio()) / (1 - rate);
            }
        }
        assertThat(report.all().customers()).isEqualTo(CAMPAIGN);
        assertThat(report.all().predictedConversions()).isCloseTo(predicted, within(1e-2));
        assertThat(report.all().conversions()).isEqualTo(buyers);
        assertThat(report.all().profit()).isCloseTo(profit, within(0.5));
        assertThat(report.policy().customers() + report.control().customers()).isEqualTo(CAMPAIGN);
        assertThat(report.control().customers()).isEqualTo(CAMPAIGN / 10);
        assertThat(report.all().predictedRevenue()).isCloseTo(predicted * FormulaModel.SPEND, within(1.0));
        assertThat(report.marginFromColumn()).isTrue();
    }

    @Test
    void decilesSplitTheCustomersByPredictedProbability() {
        FeedbackReport report = analyze();

        assertThat(report.deciles()).hasSize(10);
        assertThat(report.deciles().stream().mapToInt(decile -> decile.figures().customers()).sum())
                .isEqualTo(CAMPAIGN);
        for (int d = 1; d < 10; d++) {
            assertThat(report.deciles().get(d - 1).lowestPredicted())
                    .isGreaterThanOrEqualTo(report.deciles().get(d).highestPredicted());
        }
        // Only the discount moves P(buy) here, so the top decile is the 30 % customers and buys most.
        FeedbackReport.Group top = report.deciles().get(0).figures();
        assertThat(top.predictedConversionRate()).isCloseTo(FormulaModel.probability(0.3), within(1e-5));
        assertThat(report.calibration().bins()).hasSize(10);
        assertThat(report.auc()).isBetween(0.0, 1.0);
    }

    @Test
    void anOutcomesFileWithTheFeaturesNeedsNoCustomerData() throws IOException {
        Path own = folder.resolve("own-features.csv");
        List<String> lines = Files.readAllLines(history.source().file());
        Files.write(own, lines.subList(0, 101));

        CampaignOutcomes matched = CampaignOutcomes.match(model.preprocessing(), read(own), null, TaskMonitor.NONE);

        assertThat(matched.customers()).isEqualTo(100);
        assertThat(matched.unmatched()).isZero();
        assertThat(matched.hasHoldoutColumn()).isFalse();
        FeedbackReport report = FeedbackAnalysis.analyze(model, matched, 0.4, List.of(), TaskMonitor.NONE);
        assertThat(report.control()).isNull();
        assertThat(report.policy().customers()).isEqualTo(100);
    }

    @Test
    void noMatchingIdIsAClearError() throws IOException {
        Path strangers = Files.writeString(folder.resolve("strangers.csv"),
                "customer_id,discount_offered,purchased,spend\nZ1,0.1,1,10\nZ2,0.2,0,0\n");

        assertThatThrownBy(() -> CampaignOutcomes.match(model.preprocessing(), read(strangers), history,
                TaskMonitor.NONE)).isInstanceOf(DataException.class)
                .hasMessageContaining("None of the 2 outcomes matches").hasMessageContaining("Z1, Z2");
    }

    @Test
    void unreadableOutcomesPointAtTheRow() throws IOException {
        Path badRate = Files.writeString(folder.resolve("bad-rate.csv"),
                "customer_id,discount_offered,purchased,spend\nC000001,0.1,1,10\nC000002,15,0,0\n");
        Path badFlag = Files.writeString(folder.resolve("bad-flag.csv"),
                "customer_id,discount_offered,purchased,spend\nC000001,0.1,1,10\nC000002,0.2,maybe,0\n"
                        + "C000003,0.2,1,5\n");

        assertThatThrownBy(() -> CampaignOutcomes.match(model.preprocessing(), read(badRate), history,
                TaskMonitor.NONE)).isInstanceOf(DataException.class).hasMessageContaining("Data row 2")
                .hasMessageContaining("rate from 0 up to 1");
        assertThatThrownBy(() -> CampaignOutcomes.match(model.preprocessing(), read(badFlag), history,
                TaskMonitor.NONE)).isInstanceOf(DataException.class).hasMessageContaining("'maybe'");
    }

    @Test
    void thePolicyExportsColumnNamesAreUnderstood() throws IOException {
        Path export = Files.writeString(folder.resolve("export.csv"),
                "customer_id,recommended_discount,p_buy_recommended,holdout,purchased,spend\n"
                        + "C000001,0.15,0.2,true,1,30\nC000002,0.05,0.1,false,0,\n");

        CampaignOutcomes matched = CampaignOutcomes.match(model.preprocessing(), read(export), history,
                TaskMonitor.NONE);

        assertThat(matched.columns().offered()).isEqualTo("recommended_discount");
        assertThat(matched.grid()).extracting(level -> level.name()).containsExactly("0.05", "0.15");
        assertThat(matched.holdout()).containsExactly(true, false);
        assertThat(matched.spend()).containsExactly(30.0, 0.0);
    }
}
