package com.discountworkbench.ui.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.prep.Bucketing;
import com.discountworkbench.prep.Imputation;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.TestWorkbench;
import com.discountworkbench.ui.data.DataLoading;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareStepViewModelTest {
    private final TestWorkbench workbench = new TestWorkbench();
    private PrepareStepViewModel prepare;

    @TempDir
    Path folder;

    @BeforeEach
    void loadSample() {
        Path csv = TestWorkbench.sampleCsv(folder, "customers.csv", 400);
        DataLoading loading = DataLoading.read(csv, CsvOptions.detect(), Map.of(),
                TaskMonitor.NONE);
        new SessionPublisher(workbench.context).publishData(loading.loaded(), loading.options(),
                loading.spec());
        prepare = new PrepareStepViewModel(workbench.context);
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
    }

    @Test
    void showsTheDefaultChoicesAndTheFeaturesTheyMake() {
        assertThat(prepare.rows()).hasSize(16);
        assertThat(row("customer_id").roleProperty().get()).isEqualTo(ColumnRole.ID);
        assertThat(row("age").missingProperty().get()).isEqualTo(Imputation.MEDIAN);
        assertThat(row("age").scalingProperty().get()).isEqualTo(Scaling.STANDARD);
        assertThat(row("device").oneHotApplies().get()).isTrue();
        assertThat(row("device").scalingApplies().get()).isFalse();
        assertThat(row("spend").featureOptionsApply().get()).as("not a model input").isFalse();
        assertThat(prepare.problemProperty().get()).isEmpty();
        FeaturePreview preview = prepare.previewProperty().get();
        assertThat(preview.names()).contains("age", "device=mobile", "device=desktop");
        assertThat(preview.features().rows()).isEqualTo(100);
        assertThat(prepare.previewRowsProperty().get()).hasSize(100);
        assertThat(prepare.featureSummary().get()).startsWith(preview.featureCount() + " features from 12 columns")
                .endsWith("fitted on 400 of 400 rows");
        assertThat(prepare.cell(0, preview.names().indexOf("device=mobile"))).isIn("0.000", "1.000");
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).isEqualTo(StepState.DONE);
    }

    @Test
    void anEditedChoiceIsPublishedAndMakesLaterStepsStale() {
        workbench.pipeline.markDone(PipelineStep.NETWORK);
        FeaturePreview before = prepare.previewProperty().get();

        row("age").scalingProperty().set(Scaling.MIN_MAX);

        assertThat(spec().columns().get("age").scaling()).isEqualTo(Scaling.MIN_MAX);
        assertThat(workbench.pipeline.state(PipelineStep.NETWORK)).isEqualTo(StepState.STALE);
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).isEqualTo(StepState.DONE);
        int age = before.names().indexOf("age");
        FeaturePreview after = prepare.previewProperty().get();
        assertThat(after).isNotSameAs(before);
        for (int customer = 0; customer < after.features().rows(); customer++) {
            assertThat(after.features().get(customer, age)).isBetween(0f, 1f);
        }
    }

    @Test
    void bucketsAtEdgesOrQuantilesReplaceTheScaledNumber() {
        int features = prepare.previewProperty().get().featureCount();

        row("age").bucketModeProperty().set(BucketMode.EDGES);
        assertThat(prepare.problemProperty().get()).contains("bucket edges of 'age'");
        row("age").bucketsProperty().set("30, 50");

        assertThat(spec().columns().get("age").bucketing()).isEqualTo(Bucketing.atEdges(30, 50));
        assertThat(row("age").scalingApplies().get()).isFalse();
        assertThat(prepare.previewProperty().get().featureCount()).isEqualTo(features + 2);
        assertThat(prepare.problemProperty().get()).isEmpty();

        row("age").bucketModeProperty().set(BucketMode.EDGES);
        row("age").bucketsProperty().set("");
        row("age").bucketModeProperty().set(BucketMode.QUANTILES);

        assertThat(row("age").bucketsProperty().get()).isEqualTo(PrepRow.DEFAULT_QUANTILE_BINS);
        assertThat(spec().columns().get("age").bucketing()).isEqualTo(Bucketing.quantiles(5));
    }

    @Test
    void anIncompleteChoiceIsExplainedAndNotPublished() {
        PrepSpec before = spec();

        row("age").missingProperty().set(Imputation.CONSTANT);

        assertThat(prepare.problemProperty().get()).isEqualTo(
                "Type the fill value for 'age' (missing values set to Constant).");
        assertThat(spec()).isSameAs(before);

        row("age").fillValueProperty().set("40");

        assertThat(prepare.problemProperty().get()).isEmpty();
        assertThat(spec().columns().get("age")).isEqualTo(before.columns().get("age")
                .withMissing(Imputation.CONSTANT, "40"));
    }

    @Test
    void aRoleChangedHereRepublishesTheDataAndIsCheckedAtOnce() {
        workbench.pipeline.markDone(PipelineStep.NETWORK);

        row("purchased").roleProperty().set(ColumnRole.IGNORE);

        assertThat(workbench.data().dataset().role("purchased")).isEqualTo(ColumnRole.IGNORE);
        assertThat(spec().columns().get("purchased").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(prepare.problemProperty().get()).contains("No column has the role label");
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).isEqualTo(StepState.READY);
        assertThat(workbench.pipeline.state(PipelineStep.NETWORK)).isEqualTo(StepState.BLOCKED);

        row("purchased").roleProperty().set(ColumnRole.LABEL);

        assertThat(prepare.problemProperty().get()).isEmpty();
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).isEqualTo(StepState.DONE);
    }

    @Test
    void aRoleChangedOnTheDataStepGetsTheDefaultsForItsNewRoleInPlace() {
        PrepRow coupons = row("coupons_used");
        coupons.log1pProperty().set(false);
        coupons.scalingProperty().set(Scaling.ROBUST);
        PrepRow ageBefore = row("age");
        ageBefore.scalingProperty().set(Scaling.ROBUST);

        new SessionPublisher(workbench.context).changeRole("coupons_used", ColumnRole.IGNORE);
        new SessionPublisher(workbench.context).changeRole("coupons_used", ColumnRole.FEATURE);

        assertThat(row("coupons_used")).isSameAs(coupons);
        assertThat(coupons.scalingProperty().get()).as("defaults for the new role").isEqualTo(Scaling.STANDARD);
        assertThat(spec().columns().get("coupons_used")).isEqualTo(PrepSpec.defaults(workbench.data().dataset())
                .columns().get("coupons_used"));
        assertThat(row("age").scalingProperty().get()).as("other choices stay").isEqualTo(Scaling.ROBUST);
    }

    @Test
    void theTreatmentOptionsAndResetToDefaults() {
        assertThat(prepare.targets().rateTreatmentProperty().get()).isTrue();
        assertThat(prepare.targets().textLabelProperty().get()).isFalse();
        row("age").scalingProperty().set(Scaling.NONE);

        prepare.targets().percentProperty().set(true);
        assertThat(spec().treatmentInPercent()).isTrue();

        prepare.resetToDefaults();

        assertThat(spec()).isEqualTo(PrepSpec.defaults(workbench.data().dataset()));
        assertThat(row("age").scalingProperty().get()).isEqualTo(Scaling.STANDARD);
        assertThat(prepare.targets().percentProperty().get()).isFalse();
    }

    @Test
    void withoutDataThereIsNothingToPrepare() {
        workbench.session.dataProperty().set(null);

        assertThat(prepare.hasDataProperty().get()).isFalse();
        assertThat(prepare.rows()).isEmpty();
        assertThat(prepare.previewProperty().get()).isNull();
        assertThat(prepare.problemProperty().get()).isEmpty();
    }

    private PrepRow row(String column) {
        return prepare.rows().stream().filter(row -> row.column().equals(column)).findFirst().orElseThrow();
    }

    private PrepSpec spec() {
        return workbench.session.planProperty().get().preprocessing();
    }

}
