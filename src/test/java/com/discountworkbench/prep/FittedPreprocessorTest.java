package com.discountworkbench.prep;

import static com.discountworkbench.prep.TestData.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import org.junit.jupiter.api.Test;

class FittedPreprocessorTest {

    /** Every kind of transform, a named treatment and all target columns. */
    private static Dataset campaign() {
        return TestData.create()
                .text("customer", ColumnType.ID, "c1", "c2", "c3", "c4", "c5", "c6").as(ColumnRole.ID)
                .numeric("age", ColumnType.INTEGER, 17, 25, NA, 44, 63, 30)
                .decimal("history", 10, 250, 31, 0, 4000, 80)
                .categorical("channel", "Web", "Phone", "Web", null, "Multichannel", "Web")
                .categorical("segment", "Mens E-Mail", "No E-Mail", "Womens E-Mail", "No E-Mail",
                        "Mens E-Mail", "Womens E-Mail").as(ColumnRole.TREATMENT)
                .numeric("conversion", ColumnType.BOOLEAN, 0, 0, 1, 0, 1, 0).as(ColumnRole.LABEL)
                .decimal("spend", NA, NA, 29.9f, NA, 120, NA).as(ColumnRole.VALUE)
                .decimal("margin", 0.4f, 0.3f, NA, 0.5f, 0.2f, 0.4f).as(ColumnRole.MARGIN)
                .build();
    }

    private static PrepSpec campaignSpec(Dataset data) {
        PrepSpec defaults = PrepSpec.defaults(data);
        return defaults
                .withColumn("age", defaults.columns().get("age").withBucketing(Bucketing.atEdges(18, 35, 50)))
                .withColumn("history", defaults.columns().get("history").withLog1p(true)
                        .withClipping(Clipping.percentiles1And99()).withScaling(Scaling.ROBUST));
    }

    @Test
    void jsonRoundTripGivesIdenticalFeatures() {
        Dataset data = campaign();
        FittedPreprocessor fitted = Preprocessor.fit(data, campaignSpec(data));

        FittedPreprocessor restored = FittedPreprocessor.fromJson(fitted.toJson());

        assertThat(restored).isEqualTo(fitted);
        assertThat(restored.features(data).values()).containsExactly(fitted.features(data).values());
        TreatmentLevel mens = TreatmentLevel.named("Mens E-Mail");
        assertThat(restored.features(data, mens).values()).containsExactly(fitted.features(data, mens).values());
        assertThat(restored.toJson()).isEqualTo(fitted.toJson());
    }

    @Test
    void featureLayoutPutsTreatmentLast() {
        FittedPreprocessor fitted = Preprocessor.fit(campaign(), campaignSpec(campaign()));

        assertThat(fitted.featureNames()).containsExactly(
                "age <= 18", "age in (18, 35]", "age in (35, 50]", "age > 50", "age:missing",
                "history",
                "channel=Web", "channel=Phone", "channel=Multichannel", "channel=other", "channel:missing",
                "segment=Mens E-Mail", "segment=No E-Mail", "segment=Womens E-Mail");
        assertThat(fitted.featureCount()).isEqualTo(14);
        assertThat(fitted.treatmentFeatureColumns()).containsExactly(11, 12, 13);
        assertThat(fitted.idColumn()).isEqualTo("customer");
    }

    @Test
    void describeSummarisesEveryColumn() {
        String summary = Preprocessor.fit(campaign(), campaignSpec(campaign())).describe();

        assertThat(summary).startsWith("14 features from 4 columns, fitted on 6 training rows")
                .contains("age: 4 buckets", "history: number, missing → ", "log1p", "robust scaled",
                        "channel: one-hot, 3 levels + other", "segment: treatment, named offers",
                        "no offer = No E-Mail", "label: conversion; value: spend; margin: margin; id: customer");
    }

    @Test
    void scoringFileWithoutTargetColumnsIsEncoded() {
        FittedPreprocessor fitted = Preprocessor.fit(campaign(), campaignSpec(campaign()));
        Dataset target = TestData.create().numeric("age", ColumnType.INTEGER, 20)
                .categorical("channel", "Store").decimal("history", 55).build();

        FeatureMatrix matrix = fitted.features(target, fitted.noTreatmentLevel());

        assertThat(matrix.rows()).isEqualTo(1);
        assertThat(TestData.column(matrix, "channel=other")).containsExactly(1);
        assertThat(TestData.column(matrix, "segment=No E-Mail")).containsExactly(1);
    }

    @Test
    void missingFeatureColumnIsNamedInTheError() {
        FittedPreprocessor fitted = Preprocessor.fit(campaign(), campaignSpec(campaign()));
        Dataset target = TestData.create().numeric("age", ColumnType.INTEGER, 20).decimal("history", 55).build();

        assertThatThrownBy(() -> fitted.features(target, fitted.noTreatmentLevel()))
                .isInstanceOf(DataException.class).hasMessageContaining("column 'channel'")
                .hasMessageContaining("feature");
    }

    @Test
    void targetsAreReadFromTheirColumns() {
        Dataset data = campaign();
        FittedPreprocessor fitted = Preprocessor.fit(data, campaignSpec(data));

        assertThat(fitted.labels(data)).containsExactly(0, 0, 1, 0, 1, 0);
        assertThat(fitted.values(data)).containsExactly(0, 0, 29.9f, 0, 120, 0);
        assertThat(fitted.costRatios(data, 0.35)).containsExactly(0.6f, 0.7f, 0.65f, 0.5f, 0.8f, 0.6f);
    }

    @Test
    void costRatiosFallBackToTheDefaultMarginWithoutAMarginColumn() {
        FittedPreprocessor fitted = Preprocessor.fit(campaign(), campaignSpec(campaign()));
        Dataset target = TestData.create().decimal("history", 1, 2).build();

        assertThat(fitted.costRatios(target, 0.4)).containsExactly(0.6f, 0.6f);
    }

    @Test
    void labelsFromYesNoTextAndZeroOneNumbers() {
        Dataset text = TestData.create().decimal("x", 1, 2, 3)
                .categorical("bought", "no", "Yes", "no").as(ColumnRole.LABEL).build();
        Dataset numbers = TestData.create().decimal("x", 1, 2, 3)
                .numeric("bought", ColumnType.INTEGER, 1, 0, 1).as(ColumnRole.LABEL).build();
        Dataset named = TestData.create().decimal("x", 1, 2)
                .categorical("outcome", "order", "browse").as(ColumnRole.LABEL).build();

        assertThat(Preprocessor.labels(text, PrepSpec.defaults(text))).containsExactly(0, 1, 0);
        assertThat(Preprocessor.labels(numbers, PrepSpec.defaults(numbers))).containsExactly(1, 0, 1);
        assertThat(Preprocessor.labels(named, PrepSpec.defaults(named).withPositiveLabel("order")))
                .containsExactly(1, 0);
        assertThatThrownBy(() -> Preprocessor.labels(named, PrepSpec.defaults(named)))
                .isInstanceOf(DataException.class).hasMessageContaining("positive label");
    }

    @Test
    void labelThatIsNotBinaryIsAClearError() {
        Dataset counts = TestData.create().decimal("x", 1, 2)
                .numeric("orders", ColumnType.INTEGER, 0, 3).as(ColumnRole.LABEL).build();
        Dataset threeWay = TestData.create().decimal("x", 1, 2, 3)
                .categorical("result", "yes", "no", "maybe").as(ColumnRole.LABEL).build();
        Dataset blank = TestData.create().decimal("x", 1, 2)
                .numeric("bought", ColumnType.BOOLEAN, 1, NA).as(ColumnRole.LABEL).build();

        assertThatThrownBy(() -> Preprocessor.labels(counts, PrepSpec.defaults(counts)))
                .isInstanceOf(DataException.class).hasMessageContaining("column 'orders'")
                .hasMessageContaining("row 2 has the label '3'");
        assertThatThrownBy(() -> Preprocessor.labels(threeWay, PrepSpec.defaults(threeWay)))
                .isInstanceOf(DataException.class).hasMessageContaining("two values");
        assertThatThrownBy(() -> Preprocessor.labels(blank, PrepSpec.defaults(blank)))
                .isInstanceOf(DataException.class).hasMessageContaining("row 2 has no label value");
    }

    @Test
    void missingLabelColumnSaysWhatIsNeeded() {
        FittedPreprocessor fitted = Preprocessor.fit(campaign(), campaignSpec(campaign()));
        Dataset unlabeled = TestData.create().decimal("history", 1).build();
        Dataset noRole = TestData.create().decimal("x", 1).build();

        assertThatThrownBy(() -> fitted.labels(unlabeled)).isInstanceOf(DataException.class)
                .hasMessageContaining("no column 'conversion'").hasMessageContaining("label");
        assertThatThrownBy(() -> Preprocessor.labels(noRole, PrepSpec.defaults(noRole)))
                .isInstanceOf(DataException.class).hasMessageContaining("role label");
    }

    @Test
    void specProblemsAreReportedBeforeFitting() {
        Dataset twoLabels = TestData.create().decimal("x", 1, 2)
                .numeric("a", ColumnType.BOOLEAN, 0, 1).as(ColumnRole.LABEL)
                .numeric("b", ColumnType.BOOLEAN, 1, 0).as(ColumnRole.LABEL).build();
        Dataset empty = TestData.create().decimal("x", NA, NA).build();
        Dataset data = TestData.create().decimal("x", 1, 2).build();
        PrepSpec missingColumn = PrepSpec.defaults(data).withColumn("income", ColumnSpec.of(ColumnRole.FEATURE));

        assertThatThrownBy(() -> Preprocessor.fit(twoLabels, PrepSpec.defaults(twoLabels)))
                .isInstanceOf(DataException.class).hasMessageContaining("a, b");
        assertThatThrownBy(() -> Preprocessor.fit(empty, PrepSpec.defaults(empty)))
                .isInstanceOf(DataException.class).hasMessageContaining("no values in the training rows");
        assertThatThrownBy(() -> Preprocessor.fit(data, missingColumn))
                .isInstanceOf(DataException.class).hasMessageContaining("column 'income'");
    }
}
