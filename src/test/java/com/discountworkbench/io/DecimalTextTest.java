package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DecimalTextTest {
    private static String text(double value, int decimals, char separator) {
        StringBuilder out = new StringBuilder();
        DecimalText.append(out, value, decimals, separator);
        return out.toString();
    }

    @Test
    void writesFixedDecimalsWithoutTrailingZeros() {
        assertThat(text(0.15, 4, '.')).isEqualTo("0.15");
        assertThat(text(0.15, 4, ',')).isEqualTo("0,15");
        assertThat(text(12, 4, '.')).isEqualTo("12");
        assertThat(text(1234.56789, 4, '.')).isEqualTo("1234.5679");
        assertThat(text(0.000123, 6, '.')).isEqualTo("0.000123");
        assertThat(text(-2.5, 4, ',')).isEqualTo("-2,5");
        assertThat(text(-0.00001, 4, '.')).isEqualTo("0");
        assertThat(text(Double.NaN, 4, '.')).isEmpty();
    }
}
