package com.discountworkbench.sample;

import java.util.List;

/** Column names of the sample CSV, in file order. */
public final class SampleColumns {
    public static final String CUSTOMER_ID = "customer_id";
    public static final String AGE = "age";
    public static final String CITY_TIER = "city_tier";
    public static final String DEVICE = "device";
    public static final String SESSIONS_30D = "sessions_30d";
    public static final String PAGE_VIEWS_30D = "page_views_30d";
    public static final String CART_ADDS_30D = "cart_adds_30d";
    public static final String PAST_ORDERS = "past_orders";
    public static final String AVG_ORDER_VALUE = "avg_order_value";
    public static final String DAYS_SINCE_LAST_ORDER = "days_since_last_order";
    public static final String COUPONS_USED = "coupons_used";
    public static final String FAVORITE_CATEGORY = "favorite_category";
    public static final String GROSS_MARGIN_RATE = "gross_margin_rate";
    public static final String DISCOUNT_OFFERED = "discount_offered";
    public static final String PURCHASED = "purchased";
    public static final String SPEND = "spend";

    public static final List<String> ALL = List.of(CUSTOMER_ID, AGE, CITY_TIER, DEVICE, SESSIONS_30D,
            PAGE_VIEWS_30D, CART_ADDS_30D, PAST_ORDERS, AVG_ORDER_VALUE, DAYS_SINCE_LAST_ORDER, COUPONS_USED,
            FAVORITE_CATEGORY, GROSS_MARGIN_RATE, DISCOUNT_OFFERED, PURCHASED, SPEND);

    private SampleColumns() {
    }
}
