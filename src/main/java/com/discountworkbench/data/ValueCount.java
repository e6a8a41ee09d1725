package com.discountworkbench.data;

/** How often a value occurs in a column. */
public record ValueCount(String value, int count) {
}
