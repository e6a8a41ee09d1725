package com.discountworkbench.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12.5|12.5", "-3|-3", "+4|4", "0.0005|0.0005", ".5|0.5", "7.50E-05|0.000075", "1e3|1000",
        "15%|0.15", "7.5 %|0.075", "$1,234.50|1234.5", "-$5.00|-5", "$-5|-5", "¥88.00|88", "￥1.00|1",
        "€12.50|12.5", "12.50€|12.5", "1,234,567|1234567", "123456789012345678901|123456789012345678901"})
    void numbersWithDecimalPoint(String text, double expected) {
        NumberParser parser = new NumberParser('.');

        assertThat(parser.parse(text)).as(text).isTrue();
        assertThat(parser.value()).as(text).isEqualTo((float) expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12,5|12.5", "1.234,75|1234.75", "12 345,60|12345.6", "10,5%|0.105",
        "12,50 €|12.5", "-3,00|-3"})
    void numbersWithDecimalComma(String text, double expected) {
        NumberParser parser = new NumberParser(',');

        assertThat(parser.parse(text)).as(text).isTrue();
        assertThat(parser.value()).as(text).isEqualTo((float) expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "12,34,5", "1.2.3", "$37500 - $49999", "2) $100 - $200", "4~8", "1e",
        "%", "$", "--5", "5-", "1,2345", "1234,567", "2024-03-31", "7AM", "inf"})
    void textThatIsNotANumber(String text) {
        assertThat(new NumberParser('.').parse(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"12,false", "12.00,true", "15%,true", "1e3,true", "$5,false"})
    void writtenFractionMakesADecimal(String text, boolean fractional) {
        NumberParser parser = new NumberParser('.');
        parser.parse(text);

        assertThat(parser.fractional()).as(text).isEqualTo(fractional);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TRUE|1", "false|0", "Yes|1", "NO|0", "Y|1", "n|0", "是|1", "否|0", "1|1", "0|0"})
    void booleans(String text, int expected) {
        BooleanParser parser = new BooleanParser();

        assertThat(parser.parse(text)).isTrue();
        assertThat(parser.value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "yep", "maybe", "T"})
    void notBooleans(String text) {
        assertThat(new BooleanParser().parse(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "NA", "na", "N/A", "n/a", "NaN", "nan", "null", "NULL", "-", "#N/A"})
    void missingTokens(String text) {
        assertThat(Tokens.isMissing(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "None", "NAN1", "--", "n.a"})
    void notMissing(String text) {
        assertThat(Tokens.isMissing(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2024-03-31", "2024/3/31", "2024.03.31", "2024年3月31日", "2024-03-31 13:45:00",
        "2024-03-31T13:45"})
    void yearFirstDates(String text) {
        DateParser parser = DateParser.detect(List.of(text)).orElseThrow();

        assertThat(parser.parse(text)).isTrue();
        assertThat(parser.value()).isEqualTo(LocalDate.of(2024, 3, 31).toEpochDay());
    }

    @org.junit.jupiter.api.Test
    void dayAndMonthOrderIsDecidedByTheSample() {
        DateParser dayFirst = DateParser.detect(List.of("05/01/2024", "31/03/2024")).orElseThrow();
        DateParser monthFirst = DateParser.detect(List.of("01/05/2024", "03/31/2024")).orElseThrow();
        DateParser dotted = DateParser.detect(List.of("05.01.2024")).orElseThrow();
        DateParser slashed = DateParser.detect(List.of("05/01/2024")).orElseThrow();

        assertThat(dayFirst.parse("05/01/2024") && dayFirst.value() == LocalDate.of(2024, 1, 5).toEpochDay()).isTrue();
        assertThat(monthFirst.parse("01/05/2024") && monthFirst.value() == LocalDate.of(2024, 1, 5).toEpochDay()).isTrue();
        assertThat(dotted.parse("05.01.2024") && dotted.value() == LocalDate.of(2024, 1, 5).toEpochDay()).isTrue();
        assertThat(slashed.parse("05/01/2024") && slashed.value() == LocalDate.of(2024, 5, 1).toEpochDay()).isTrue();
        assertThat(monthFirst.parse("13/01/2024")).isFalse();
        assertThat(dayFirst.parse("30/02/2024")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024", "Feb", "June", "10AM", "1-2-3", "24-03-31", "2024-03", "2024-03-31x", "20240331"})
    void notDates(String text) {
        assertThat(DateParser.detect(List.of(text))).as(text).isEmpty();
    }
}
