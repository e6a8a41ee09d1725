package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcome files without the customers' columns get them from the customer data, by id. */
class JoinedOutcomesTest {
    @TempDir
    static Path folder;
    private static Dataset customers;
    private static DiscountModel model;

    @BeforeAll
    static void customers() {
        customers = FormulaModel.customers(folder, 300, 4);
        model = FormulaModel.fittedOn(customers);
    }

    private static Dataset outcomes(String name, String csv) throws IOException {
        Path file = Files.writeString(folder.resolve(name), csv);
        return CsvDatasetReader.read(file, CsvOptions.detect(), TaskMonitor.NONE).dataset();
    }

    @Test
    void theCustomersColumnsAreLookedUpByIdAndUnknownIdsAreCounted() throws IOException {
        Dataset outcomes = outcomes("by-id.csv", "customer_id,recommended_discount,holdout,purchased,spend\n"
                + "C000010,0.15,true,1,30\nX1,0.05,false,0,\nC000003,0.05,false,0,\nX2,0.1,false,1,9\n");

        JoinedOutcomes joined = JoinedOutcomes.join(model.preprocessing(), outcomes, customers);

        assertThat(joined.rows()).isEqualTo(4);
        assertThat(joined.unmatched()).isEqualTo(2);
        assertThat(joined.unmatchedExamples()).containsExactly("X1", "X2");
        Dataset matched = joined.outcomes();
        assertThat(matched.rowCount()).isEqualTo(2);
        assertThat(matched.column("customer_id").display(1)).isEqualTo("C000003");
        assertThat(matched.column("age").display(0)).isEqualTo(customers.column("age").display(9));
        assertThat(matched.column("gross_margin_rate").display(1))
                .isEqualTo(customers.column("gross_margin_rate").display(2));
        CampaignOutcomes campaign = CampaignOutcomes.from(model.preprocessing(), matched, OutcomeColumns.detect());
        assertThat(campaign.holdout()).containsExactly(true, false);
        FeedbackReport report = CampaignFeedback.evaluate(model, campaign, PolicySettings.defaults(),
                TaskMonitor.NONE);
        assertThat(report.rows()).isEqualTo(2);
    }

    @Test
    void aFileWithTheCustomersColumnsIsUsedAsItIs() throws IOException {
        List<String> lines = Files.readAllLines(customers.source().file());
        Dataset own = outcomes("own.csv", String.join("\n", lines.subList(0, 51)) + "\n");

        JoinedOutcomes joined = JoinedOutcomes.join(model.preprocessing(), own, customers);

        assertThat(joined.outcomes()).isSameAs(own);
        assertThat(joined.unmatched()).isZero();
    }

    @Test
    void noMatchingIdIsAClearError() throws IOException {
        Dataset strangers = outcomes("strangers.csv", "customer_id,discount_offered,purchased,spend\n"
                + "Z1,0.1,1,10\nZ2,0.2,0,0\n");

        assertThatThrownBy(() -> JoinedOutcomes.join(model.preprocessing(), strangers, customers))
                .isInstanceOf(DataException.class).hasMessageContaining("None of the 2 outcomes matches")
                .hasMessageContaining("Z1, Z2");
    }

    @Test
    void withoutAnIdColumnThereIsNothingToLookUpBy() throws IOException {
        Dataset anonymous = outcomes("anonymous.csv", "discount_offered,purchased,spend\n0.1,1,10\n");

        assertThatThrownBy(() -> JoinedOutcomes.join(model.preprocessing(), anonymous, customers))
                .isInstanceOf(DataException.class).hasMessageContaining("customer id to look them up by");
    }
}
