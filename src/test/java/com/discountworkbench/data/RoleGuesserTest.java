package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.csv.CsvCorpus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RoleGuesserTest {

    @Test
    void syntheticSampleColumnsGetTheirRoles() {
        LoadedDataset loaded = CsvCorpus.read("sample-like.csv");

        assertThat(loaded.dataset().roles()).containsExactlyEntriesOf(orderedRoles(
                "customer_id", ColumnRole.ID, "discount_offered", ColumnRole.TREATMENT,
                "purchased", ColumnRole.LABEL, "spend", ColumnRole.VALUE, "gross_margin_rate", ColumnRole.MARGIN,
                "age", ColumnRole.FEATURE, "city_tier", ColumnRole.FEATURE, "device", ColumnRole.FEATURE,
                "sessions_30d", ColumnRole.FEATURE, "page_views_30d", ColumnRole.FEATURE,
                "cart_adds_30d", ColumnRole.FEATURE, "past_orders", ColumnRole.FEATURE,
                "avg_order_value", ColumnRole.FEATURE, "days_since_last_order", ColumnRole.FEATURE,
                "coupons_used", ColumnRole.FEATURE, "favorite_category", ColumnRole.FEATURE));
        assertThat(loaded.report().warnings(QualityWarning.Kind.LEAKAGE)).isEmpty();
    }

    @Test
    void everyGuessSaysWhy() {
        LoadedDataset loaded = CsvCorpus.read("sample-like.csv");
        Map<String, String> reasons = loaded.report().roleGuesses().stream()
                .collect(Collectors.toMap(RoleGuess::column, RoleGuess::reason));

        assertThat(reasons.get("discount_offered")).contains("7 rates in 0..0.3");
        assertThat(reasons.get("purchased")).contains("0/1").contains("of 200 are 1");
        assertThat(reasons.get("gross_margin_rate")).contains("margin");
        assertThat(reasons.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void outcomesAfterTheOfferAreIgnoredAndSpendFoundByItsValues() {
        LoadedDataset loaded = CsvCorpus.read("leakage.csv");

        assertThat(loaded.dataset().role("visit")).isEqualTo(ColumnRole.IGNORE);
        assertThat(loaded.dataset().role("purchased")).isEqualTo(ColumnRole.LABEL);
        assertThat(loaded.dataset().role("spend")).isEqualTo(ColumnRole.VALUE);
        assertThat(loaded.dataset().role("checkout_sum")).isEqualTo(ColumnRole.FEATURE);
    }

    @Test
    void valueIsRecognisedFromValuesAloneWhenNoNameSaysSo() {
        Dataset data = CsvCorpus.read("leakage.csv").dataset();
        Dataset withoutSpend = new Dataset(data.source(), data.columns().stream()
                .filter(c -> !c.name().equals("spend")).toList(), Map.of());

        List<ColumnProfile> profiles = ColumnProfiler.profile(withoutSpend);
        List<RoleGuess> guesses = RoleGuesser.guess(withoutSpend, profiles);

        assertThat(guesses).filteredOn(g -> g.column().equals("checkout_sum")).singleElement()
                .satisfies(g -> {
                    assertThat(g.role()).isEqualTo(ColumnRole.VALUE);
                    assertThat(g.reason()).contains("nonzero only for buyers");
                });
    }

    @Test
    void freeTextConstantsAndExtraIdentifiersAreIgnored() {
        assertThat(CsvCorpus.read("types.csv").dataset().role("note")).isEqualTo(ColumnRole.IGNORE);
        assertThat(CsvCorpus.read("constant.csv").dataset().roles()).containsEntry("country", ColumnRole.IGNORE)
                .containsEntry("flag", ColumnRole.IGNORE);
    }

    @Test
    void chineseNames() {
        LoadedDataset loaded = CsvCorpus.read("gbk.csv");

        assertThat(loaded.dataset().roles()).containsExactlyEntriesOf(orderedRoles("客户编号", ColumnRole.ID,
                "城市", ColumnRole.FEATURE, "是否购买", ColumnRole.LABEL, "消费金额", ColumnRole.VALUE));
    }

    private static Map<String, ColumnRole> orderedRoles(Object... pairs) {
        Map<String, ColumnRole> roles = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            roles.put((String) pairs[i], (ColumnRole) pairs[i + 1]);
        }
        return roles;
    }
}
