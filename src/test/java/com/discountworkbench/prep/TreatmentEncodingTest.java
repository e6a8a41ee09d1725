package com.discountworkbench.prep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import org.junit.jupiter.api.Test;

class TreatmentEncodingTest {

    private static Dataset discounts() {
        return TestData.create().decimal("visits", 1, 2, 3, 4, 5)
                .decimal("discount", 0, 0.1f, 0.2f, 0.1f, 0).as(ColumnRole.TREATMENT).build();
    }

    private static Dataset hillstrom() {
        return TestData.create().decimal("recency", 1, 5, 9, 2, 7, 3)
                .categorical("segment", "Womens E-Mail", "No E-Mail", "Mens E-Mail", "Womens E-Mail",
                        "Mens E-Mail", "Womens E-Mail").as(ColumnRole.TREATMENT).build();
    }

    @Test
    void discountIsTheRateDividedByTheLargestTrainingRate() {
        Dataset data = discounts();
        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        assertThat(fitted.treatmentLevels()).containsExactly(TreatmentLevel.discount(0),
                TreatmentLevel.discount(0.1), TreatmentLevel.discount(0.2));
        assertThat(fitted.treatmentLevels()).extracting(TreatmentLevel::name).containsExactly("0", "0.1", "0.2");
        assertThat(fitted.noTreatmentLevel()).isEqualTo(TreatmentLevel.discount(0));
        assertThat(fitted.treatmentFeatureColumns()).containsExactly(1);
        assertThat(TestData.column(fitted.features(data), "discount")).containsExactly(0, 0.5f, 1, 0.5f, 0);
    }

    @Test
    void settingALevelChangesExactlyTheTreatmentColumns() {
        Dataset data = discounts();
        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));
        FeatureMatrix observed = fitted.features(data);

        FeatureMatrix atFifteen = fitted.features(data, TreatmentLevel.discount(0.15));

        assertThat(TestData.column(atFifteen, "discount")).containsOnly(0.75f);
        assertThat(TestData.column(atFifteen, "visits")).containsExactly(TestData.column(observed, "visits"));
    }

    @Test
    void percentColumnsAreReadAsFractions() {
        Dataset data = TestData.create().decimal("visits", 1, 2, 3)
                .numeric("discount_pct", ColumnType.INTEGER, 0, 10, 20).as(ColumnRole.TREATMENT).build();
        PrepSpec spec = PrepSpec.defaults(data);

        FittedPreprocessor fitted = Preprocessor.fit(data, spec);

        assertThat(spec.treatmentInPercent()).isTrue();
        assertThat(fitted.treatmentLevels()).extracting(TreatmentLevel::rate).containsExactly(0.0, 0.1, 0.2);
        assertThat(TestData.column(fitted.features(data), "discount_pct")).containsExactly(0, 0.5f, 1);
        assertThatThrownBy(() -> Preprocessor.fit(data, spec.withTreatmentInPercent(false)))
                .isInstanceOf(DataException.class).hasMessageContaining("percent");
    }

    @Test
    void namedOffersAreOneHotInOrderOfAppearance() {
        Dataset data = hillstrom();
        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        assertThat(fitted.treatmentLevels()).extracting(TreatmentLevel::name)
                .containsExactly("Womens E-Mail", "No E-Mail", "Mens E-Mail");
        assertThat(fitted.featureNames()).containsExactly("recency", "segment=Womens E-Mail",
                "segment=No E-Mail", "segment=Mens E-Mail");
        assertThat(fitted.treatmentFeatureColumns()).containsExactly(1, 2, 3);
        FeatureMatrix observed = fitted.features(data);
        assertThat(TestData.column(observed, "segment=Mens E-Mail")).containsExactly(0, 0, 1, 0, 1, 0);
        assertThat(TestData.column(observed, "segment=No E-Mail")).containsExactly(0, 1, 0, 0, 0, 0);
    }

    @Test
    void namedLevelSetsItsOwnColumnForEveryCustomer() {
        Dataset data = hillstrom();
        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        FeatureMatrix mens = fitted.features(data, TreatmentLevel.named("Mens E-Mail"));

        assertThat(TestData.column(mens, "segment=Mens E-Mail")).containsOnly(1f);
        assertThat(TestData.column(mens, "segment=Womens E-Mail")).containsOnly(0f);
        assertThat(TestData.column(mens, "segment=No E-Mail")).containsOnly(0f);
        assertThat(TestData.column(mens, "recency")).containsExactly(TestData.column(fitted.features(data),
                "recency"));
        assertThatThrownBy(() -> fitted.features(data, TreatmentLevel.named("Kids E-Mail")))
                .isInstanceOf(DataException.class).hasMessageContaining("'Kids E-Mail'");
        assertThatThrownBy(() -> fitted.features(data, TreatmentLevel.discount(0.1)))
                .isInstanceOf(DataException.class);
    }

    @Test
    void noOfferLevelIsRecognisedByNameChosenOrMostFrequent() {
        Dataset data = hillstrom();
        assertThat(Preprocessor.fit(data, PrepSpec.defaults(data)).noTreatmentLevel())
                .isEqualTo(TreatmentLevel.named("No E-Mail"));
        assertThat(Preprocessor.fit(data, PrepSpec.defaults(data).withNoTreatmentLevel("Mens E-Mail"))
                .noTreatmentLevel()).isEqualTo(TreatmentLevel.named("Mens E-Mail"));
        assertThatThrownBy(() -> Preprocessor.fit(data, PrepSpec.defaults(data).withNoTreatmentLevel("Nope")))
                .isInstanceOf(DataException.class).hasMessageContaining("Offers are: Womens E-Mail, No E-Mail, Mens E-Mail");

        Dataset unnamed = TestData.create().decimal("x", 1, 2, 3)
                .categorical("offer", "A", "B", "B").as(ColumnRole.TREATMENT).build();
        assertThat(Preprocessor.fit(unnamed, PrepSpec.defaults(unnamed)).noTreatmentLevel())
                .isEqualTo(TreatmentLevel.named("B"));
    }

    @Test
    void yesNoTreatmentIsNamedWithFalseAsNoOffer() {
        Dataset data = TestData.create().decimal("x", 1, 2, 3)
                .numeric("treated", ColumnType.BOOLEAN, 1, 0, 1).as(ColumnRole.TREATMENT).build();

        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        assertThat(fitted.treatmentLevels()).extracting(TreatmentLevel::name).containsExactly("true", "false");
        assertThat(fitted.noTreatmentLevel()).isEqualTo(TreatmentLevel.named("false"));
        assertThat(TestData.column(fitted.features(data), "treated=true")).containsExactly(1, 0, 1);
    }

    @Test
    void scoringAtALevelNeedsNoTreatmentColumnButTheObservedOneDoes() {
        Dataset train = discounts();
        FittedPreprocessor fitted = Preprocessor.fit(train, PrepSpec.defaults(train));
        Dataset target = TestData.create().decimal("visits", 7, 8).build();

        assertThat(TestData.column(fitted.features(target, TreatmentLevel.discount(0.2)), "discount"))
                .containsExactly(1, 1);
        assertThatThrownBy(() -> fitted.features(target)).isInstanceOf(DataException.class)
                .hasMessageContaining("column 'discount'").hasMessageContaining("treatment");
    }

    @Test
    void missingOrUnknownObservedTreatmentIsAnError() {
        Dataset train = hillstrom();
        FittedPreprocessor fitted = Preprocessor.fit(train, PrepSpec.defaults(train));
        Dataset unknown = TestData.create().decimal("recency", 1, 2)
                .categorical("segment", "Mens E-Mail", "Kids E-Mail").build();
        Dataset missing = TestData.create().decimal("recency", 1, 2)
                .categorical("segment", "Mens E-Mail", null).build();

        assertThatThrownBy(() -> fitted.features(unknown)).isInstanceOf(DataException.class)
                .hasMessageContaining("'Kids E-Mail'");
        assertThatThrownBy(() -> fitted.features(missing)).isInstanceOf(DataException.class)
                .hasMessageContaining("row 2");
    }
}
