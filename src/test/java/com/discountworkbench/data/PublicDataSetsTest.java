package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.discountworkbench.data.csv.CsvCorpus;
import com.discountworkbench.testing.SharedData;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The three public data sets load with exactly their documented shape (see their SOURCE.md files). */
class PublicDataSetsTest {

    @Test
    void hillstromWithCrlfAndQuotedCommas() {
        LoadedDataset loaded = CsvCorpus.read(SharedData.require(SharedData.HILLSTROM));
        Dataset data = loaded.dataset();

        assertThat(data.rowCount()).isEqualTo(64_000);
        assertThat(data.columnCount()).isEqualTo(12);
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(data.source().sha256()).isEqualTo("ff9e59285e9dc3f5fa3e0975419e6631ea5bdccd65d818991473d2367e02979c");
        assertThat(((CategoricalColumn) data.column("history_segment")).levels())
                .contains("6) $750 - $1,000", "7) $1,000 +").hasSize(7);
        assertThat(loaded.report().column("conversion").mean() * 64_000).isCloseTo(578.0, within(0.01));
        assertThat(loaded.report().column("visit").mean() * 64_000).isCloseTo(9_394.0, within(0.01));
        assertThat(loaded.report().column("segment").top()).extracting(ValueCount::count)
                .containsExactly(21_387, 21_307, 21_306);
    }

    @Test
    void hillstromRoles() {
        LoadedDataset loaded = CsvCorpus.read(SharedData.require(SharedData.HILLSTROM));

        assertThat(loaded.dataset().roles()).containsEntry("segment", ColumnRole.TREATMENT)
                .containsEntry("conversion", ColumnRole.LABEL)
                .containsEntry("spend", ColumnRole.VALUE)
                .containsEntry("visit", ColumnRole.IGNORE)
                .containsEntry("history", ColumnRole.FEATURE)
                .containsEntry("history_segment", ColumnRole.FEATURE)
                .containsEntry("recency", ColumnRole.FEATURE);
        assertThat(loaded.report().warnings(QualityWarning.Kind.LEAKAGE)).extracting(QualityWarning::column)
                .containsExactly("visit");
        assertThat(loaded.report().warnings(QualityWarning.Kind.CLASS_IMBALANCE)).hasSize(1);
    }

    @Test
    void onlineShoppers() {
        LoadedDataset loaded = CsvCorpus.read(SharedData.require(SharedData.ONLINE_SHOPPERS));
        Dataset data = loaded.dataset();

        assertThat(data.rowCount()).isEqualTo(12_330);
        assertThat(data.columnCount()).isEqualTo(18);
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(data.column("Revenue").type()).isEqualTo(ColumnType.BOOLEAN);
        assertThat(data.column("ExitRates").type()).isEqualTo(ColumnType.DECIMAL);
        assertThat(data.role("Revenue")).isEqualTo(ColumnRole.LABEL);
        assertThat(loaded.report().column("Revenue").mean() * 12_330).isCloseTo(1_908.0, within(0.01));
    }

    @Test
    void inVehicleCoupon() {
        LoadedDataset loaded = CsvCorpus.read(SharedData.require(SharedData.IN_VEHICLE_COUPON));
        Dataset data = loaded.dataset();

        assertThat(data.rowCount()).isEqualTo(12_684);
        assertThat(data.columnCount()).isEqualTo(26);
        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(loaded.report().columns().stream().collect(Collectors.toMap(ColumnProfile::name,
                ColumnProfile::missing))).containsEntry("car", 12_576).containsEntry("Bar", 107)
                .containsEntry("CoffeeHouse", 217).containsEntry("Restaurant20To50", 189);
        assertThat(data.column("age").type()).isEqualTo(ColumnType.CATEGORICAL);
        assertThat(data.role("Y")).isEqualTo(ColumnRole.LABEL);
        assertThat(data.role("coupon")).isEqualTo(ColumnRole.TREATMENT);
        assertThat(loaded.report().warnings(QualityWarning.Kind.CONSTANT_COLUMN)).extracting(QualityWarning::column)
                .containsExactly("toCoupon_GEQ5min");
    }

    @Test
    void bundledSampleDataGetsEveryRoleRight() {
        LoadedDataset loaded = CsvCorpus.read(java.nio.file.Path.of("sample-data", "customers.csv"));

        assertThat(loaded.report().rejectedCount()).isZero();
        assertThat(loaded.dataset().roles()).containsEntry("customer_id", ColumnRole.ID)
                .containsEntry("discount_offered", ColumnRole.TREATMENT)
                .containsEntry("purchased", ColumnRole.LABEL)
                .containsEntry("spend", ColumnRole.VALUE)
                .containsEntry("gross_margin_rate", ColumnRole.MARGIN);
        assertThat(loaded.dataset().columnsWithRole(ColumnRole.FEATURE)).containsExactly("age", "city_tier", "device",
                "sessions_30d", "page_views_30d", "cart_adds_30d", "past_orders", "avg_order_value",
                "days_since_last_order", "coupons_used", "favorite_category");
        assertThat(loaded.report().warnings(QualityWarning.Kind.LEAKAGE)).isEmpty();
    }
}
