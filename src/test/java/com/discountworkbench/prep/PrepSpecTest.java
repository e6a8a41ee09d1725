package com.discountworkbench.prep;

import static com.discountworkbench.prep.TestData.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import org.junit.jupiter.api.Test;

class PrepSpecTest {

    private static Dataset shop() {
        return TestData.create()
                .text("customer", ColumnType.ID, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j").as(ColumnRole.ID)
                .text("notes", ColumnType.TEXT, "x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10")
                .numeric("visits", ColumnType.INTEGER, 3, 5, 4, 6, 5, 4, 3, 5, 4, NA)
                .decimal("history", 1, 2, 1, 3, 2, 1, 2, 1, 2, 900)
                .categorical("channel", "Web", "Phone", "Web", "Web", "Phone", "Web", "Web", "Web", "Web", "Web")
                .numeric("newbie", ColumnType.BOOLEAN, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1)
                .numeric("signup", ColumnType.DATE, 19000, 19100, 19200, 19300, 19400, 19500, 19600, 19700,
                        19800, 19900)
                .numeric("bought", ColumnType.BOOLEAN, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0).as(ColumnRole.LABEL)
                .build();
    }

    @Test
    void defaultsFollowColumnTypesAndRoles() {
        PrepSpec spec = PrepSpec.defaults(shop());

        assertThat(spec.columns().keySet()).containsExactly("customer", "notes", "visits", "history", "channel",
                "newbie", "signup", "bought");
        assertThat(spec.columns().get("customer").role()).isEqualTo(ColumnRole.ID);
        assertThat(spec.columns().get("notes").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(spec.columns().get("bought").role()).isEqualTo(ColumnRole.LABEL);

        ColumnSpec visits = spec.columns().get("visits");
        assertThat(visits.missing()).isEqualTo(Imputation.MEDIAN);
        assertThat(visits.scaling()).isEqualTo(Scaling.STANDARD);
        assertThat(visits.missingIndicator()).isTrue();
        assertThat(visits.log1p()).isFalse();
        assertThat(spec.columns().get("history").log1p()).isTrue();
        assertThat(spec.columns().get("history").missingIndicator()).isFalse();

        ColumnSpec channel = spec.columns().get("channel");
        assertThat(channel.missing()).isEqualTo(Imputation.MOST_FREQUENT);
        assertThat(channel.maxCategories()).isEqualTo(20);
        assertThat(spec.columns().get("newbie").scaling()).isEqualTo(Scaling.NONE);
        assertThat(spec.columns().get("signup").scaling()).isEqualTo(Scaling.STANDARD);
        assertThat(spec.columnsWithRole(ColumnRole.FEATURE))
                .containsExactly("visits", "history", "channel", "newbie", "signup");
    }

    @Test
    void defaultsFitAndEncodeBooleansAsZeroOneAndDatesScaled() {
        Dataset data = shop();
        FittedPreprocessor fitted = Preprocessor.fit(data, PrepSpec.defaults(data));

        FeatureMatrix matrix = fitted.features(data);

        assertThat(TestData.column(matrix, "newbie")).containsExactly(1, 0, 0, 1, 0, 0, 1, 0, 0, 1);
        float[] signup = TestData.column(matrix, "signup");
        assertThat(signup[0]).isNegative();
        assertThat(signup[9]).isPositive();
        assertThat(fitted.featureNames()).doesNotContain("customer", "notes", "bought");
    }

    @Test
    void jsonRoundTripKeepsEveryChoiceAndColumnOrder() {
        PrepSpec spec = PrepSpec.defaults(shop())
                .withColumn("visits", ColumnSpec.of(ColumnRole.FEATURE).withBucketing(Bucketing.quantiles(4))
                        .withMissing(Imputation.CONSTANT, "0").withClipping(new Clipping(0.05, 0.95)))
                .withPositiveLabel("1").withNoTreatmentLevel("none").withTreatmentInPercent(true);

        PrepSpec restored = PrepSpec.fromJson(spec.toJson());

        assertThat(restored).isEqualTo(spec);
        assertThat(restored.columns().keySet()).containsExactlyElementsOf(spec.columns().keySet());
    }

    @Test
    void handEditedJsonFallsBackToDefaultsAndRejectsBadChoices() {
        PrepSpec minimal = PrepSpec.fromJson("{\"columns\": {\"visits\": {\"role\": \"FEATURE\"}}}");
        ColumnSpec visits = minimal.columns().get("visits");

        assertThat(visits).isEqualTo(ColumnSpec.of(ColumnRole.FEATURE));
        assertThatThrownBy(() -> PrepSpec.fromJson("{\"columns\": {\"x\": {\"clipping\": "
                + "{\"lowerQuantile\": 0.9, \"upperQuantile\": 0.1}}}}"))
                .isInstanceOf(DataException.class).hasMessageContaining("0 ≤ lower < upper ≤ 1");
        assertThatThrownBy(() -> PrepSpec.fromJson("{\"columns\": {\"x\": {\"scaling\": \"CUBIC\"}}}"))
                .isInstanceOf(DataException.class).hasMessageContaining("preprocessing settings");
        assertThatThrownBy(() -> PrepSpec.fromJson("not json")).isInstanceOf(DataException.class);
    }

    @Test
    void bucketingNeedsEitherAscendingEdgesOrBins() {
        assertThatThrownBy(() -> Bucketing.atEdges(35, 18)).isInstanceOf(DataException.class)
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> Bucketing.quantiles(1)).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> ColumnSpec.of(ColumnRole.FEATURE).withMissing(Imputation.CONSTANT, " "))
                .isInstanceOf(DataException.class).hasMessageContaining("constant");
    }
}
