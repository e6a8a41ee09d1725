package com.discountworkbench.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats english = new Formats(Locale.ENGLISH);
    private final Formats chinese = new Formats(Locale.SIMPLIFIED_CHINESE);
    private final Formats german = new Formats(Locale.GERMANY);

    @Test
    void groupsThousandsTheLocaleWay() {
        assertThat(english.integer(64_000)).isEqualTo("64,000");
        assertThat(chinese.integer(1_234_567)).isEqualTo("1,234,567");
        assertThat(german.integer(64_000)).isEqualTo("64.000");
    }

    @Test
    void writesDecimalsAndPercentagesWithFixedDigits() {
        assertThat(english.decimal(0.125, 2)).isEqualTo("0.13");
        assertThat(german.decimal(1.5, 2)).isEqualTo("1,50");
        assertThat(english.percent(0.155, 1)).isEqualTo("15.5%");
        assertThat(chinese.percent(0.2, 0)).isEqualTo("20%");
    }

    @Test
    void writesFileSizesInBinaryUnits() {
        assertThat(english.fileSize(512)).isEqualTo("512 B");
        assertThat(english.fileSize(1536)).isEqualTo("1.5 KB");
        assertThat(english.fileSize(5L * 1024 * 1024 * 1024)).isEqualTo("5.0 GB");
    }
}
