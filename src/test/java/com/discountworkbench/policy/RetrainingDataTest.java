package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.io.DatasetCsvWriter;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training data grown by a campaign: history first, then the outcomes with the customers' features. */
class RetrainingDataTest {
    @TempDir
    Path folder;

    @Test
    void outcomesAreAppendedWithTheOfferSentAndWhatHappened() throws IOException {
        Dataset history = FormulaModel.customers(folder, 200, 9);
        DiscountModel model = FormulaModel.fittedOn(history);
        Path outcomesFile = Files.writeString(folder.resolve("outcomes.csv"),
                "customer_id,discount_offered,holdout,purchased,spend\n"
                        + "C000005,0.25,false,1,42.50\nC000009,0.00,true,0,0\nC000002,0.10,false,1,12\n");
        Dataset outcomes = CsvDatasetReader.read(outcomesFile, CsvOptions.detect(), TaskMonitor.NONE).dataset();
        JoinedOutcomes joined = JoinedOutcomes.join(model.preprocessing(), outcomes, history);
        CampaignOutcomes campaign = CampaignOutcomes.from(model.preprocessing(), joined.outcomes(),
                OutcomeColumns.detect());

        Dataset merged = RetrainingData.merge(history, campaign.training());

        assertThat(merged.rowCount()).isEqualTo(203);
        assertThat(merged.columns()).extracting(column -> column.name())
                .isEqualTo(history.columns().stream().map(column -> column.name()).toList());
        assertThat(merged.roles()).isEqualTo(history.roles());
        assertThat(merged.column("customer_id").display(200)).isEqualTo("C000005");
        assertThat(merged.column("age").display(200)).isEqualTo(history.column("age").display(4));
        assertThat(merged.column("device").display(201)).isEqualTo(history.column("device").display(8));
        assertThat(((NumericColumn) merged.column("discount_offered")).get(200)).isEqualTo(0.25f);
        assertThat(((NumericColumn) merged.column("purchased")).get(200)).isEqualTo(1f);
        assertThat(((NumericColumn) merged.column("purchased")).get(201)).isEqualTo(0f);
        assertThat(((NumericColumn) merged.column("spend")).get(202)).isEqualTo(12f);
        assertThat(merged.column("gross_margin_rate").display(202))
                .isEqualTo(history.column("gross_margin_rate").display(1));

        Path target = folder.resolve("retrain.csv");
        DatasetCsvWriter.write(target, merged, TaskMonitor.NONE);

        Dataset reread = CsvDatasetReader.read(target, CsvOptions.detect(), TaskMonitor.NONE).dataset();
        assertThat(reread.rowCount()).isEqualTo(203);
        assertThat(reread.column("spend").display(200)).isEqualTo("42.5");
        assertThat(reread.roles()).isEqualTo(history.roles());
    }
}
