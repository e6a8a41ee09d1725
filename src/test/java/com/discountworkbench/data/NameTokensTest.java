package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void splitsEveryNamingStyle() {
        assertThat(NameTokens.of("customer_id")).containsExactly("customer", "id");
        assertThat(NameTokens.of("CustomerID")).containsExactly("customer", "id");
        assertThat(NameTokens.of("IDNumber")).containsExactly("id", "number");
        assertThat(NameTokens.of("page views (30d)")).containsExactly("page", "views", "30d");
        assertThat(NameTokens.of("toCoupon_GEQ5min")).containsExactly("to", "coupon", "geq", "5min");
        assertThat(NameTokens.of("客户ID")).containsExactly("客户", "id");
        assertThat(NameTokens.of("__")).isEmpty();
    }
}
