package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnVocabularyTest {

    @ParameterizedTest
    @ValueSource(strings = {"customer_id", "CustomerID", "user", "member_no", "id", "客户编号", "uuid"})
    void identifiers(String name) {
        assertThat(ColumnVocabulary.isIdName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zip_code", "idle_minutes", "paid", "customer_age", "video"})
    void notIdentifiers(String name) {
        assertThat(ColumnVocabulary.isIdName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"purchased", "conversion", "Revenue", "Y", "是否购买", "bought"})
    void purchaseLabels(String name) {
        assertThat(ColumnVocabulary.labelWordRank(name)).isNotNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"past_orders", "days_since_last_order", "visit", "orders_30d", "history"})
    void historyIsNoLabel(String name) {
        assertThat(ColumnVocabulary.labelWordRank(name)).isNegative();
    }

    @ParameterizedTest
    @ValueSource(strings = {"discount_offered", "segment", "coupon", "offer", "treatment", "折扣"})
    void offers(String name) {
        assertThat(ColumnVocabulary.treatmentScore(name)).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"coupons_used", "history_segment", "avg_discount_used", "age"})
    void notOffers(String name) {
        assertThat(ColumnVocabulary.treatmentScore(name)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"spend", "amount_paid", "消费金额", "sales"})
    void values(String name) {
        assertThat(ColumnVocabulary.isValueName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"avg_order_value", "history", "past_spend", "spend_30d"})
    void pastSpendingIsNoValue(String name) {
        assertThat(ColumnVocabulary.isValueName(name)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"visit", "clicked", "email_opened"})
    void postOutcomes(String name) {
        assertThat(ColumnVocabulary.isPostOutcomeName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"visits_30d", "days_since_last_visit", "sessions"})
    void pastVisitsAreNoOutcome(String name) {
        assertThat(ColumnVocabulary.isPostOutcomeName(name)).isFalse();
    }
}
