package com.discountworkbench.data.csv;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Parses dates into days since 1970-01-01: ISO {@code 2024-03-31} (also with a time after it),
 * {@code 2024/3/31}, {@code 2024年3月31日}, {@code 31.03.2024}, {@code 31/03/2024} or {@code 03/31/2024}.
 * The order of day and month is decided once per column from a sample: a first number above 12 means
 * day/month; a second above 12 means month/day; if neither shows up, '/' is read month/day (Excel's US
 * default) and '.' or '-' day/month.
 */
final class DateParser implements ValueParser {
    enum Order { YEAR_MONTH_DAY, DAY_MONTH_YEAR, MONTH_DAY_YEAR }

    private final Order order;
    private final int[] parts = new int[3];
    private final int[] widths = new int[3];
    private float value;

    DateParser(Order order) {
        this.order = order;
    }

    /**
     * The parser that reads the most values of the sample, or empty when none is a date. The caller decides
     * whether the values it cannot read are few enough to be bad rows.
     */
    static Optional<DateParser> detect(List<String> values) {
        DateParser probe = new DateParser(Order.YEAR_MONTH_DAY);
        boolean dayFirstSeen = false;
        boolean monthFirstSeen = false;
        char separator = 0;
        for (String value : values) {
            char[] c = value.toCharArray();
            char found = probe.split(c, 0, c.length);
            if (found != 0) {
                separator = found;
                if (probe.widths[0] != 4) {
                    dayFirstSeen |= probe.parts[0] > 12;
                    monthFirstSeen |= probe.parts[1] > 12;
                }
            }
        }
        if (separator == 0) {
            return Optional.empty();
        }
        Order guess;
        if (dayFirstSeen == monthFirstSeen) {
            guess = separator == '/' ? Order.MONTH_DAY_YEAR : Order.DAY_MONTH_YEAR;
        } else {
            guess = dayFirstSeen ? Order.DAY_MONTH_YEAR : Order.MONTH_DAY_YEAR;
        }
        DateParser yearFirst = new DateParser(Order.YEAR_MONTH_DAY);
        DateParser yearLast = new DateParser(guess);
        long yearFirstDates = values.stream().filter(yearFirst::parse).count();
        long yearLastDates = values.stream().filter(yearLast::parse).count();
        if (yearFirstDates == 0 && yearLastDates == 0) {
            return Optional.empty();
        }
        return Optional.of(yearFirstDates >= yearLastDates ? yearFirst : yearLast);
    }

    @Override
    public boolean parse(char[] c, int start, int end) {
        if (split(c, start, end) == 0) {
            return false;
        }
        int year;
        int month;
        int day;
        if (order == Order.YEAR_MONTH_DAY) {
            if (widths[0] != 4) {
                return false;
            }
            year = parts[0];
            month = parts[1];
            day = parts[2];
        } else {
            if (widths[2] != 4) {
                return false;
            }
            year = parts[2];
            month = order == Order.DAY_MONTH_YEAR ? parts[1] : parts[0];
            day = order == Order.DAY_MONTH_YEAR ? parts[0] : parts[1];
        }
        if (month < 1 || month > 12 || day < 1 || day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return false;
        }
        value = LocalDate.of(year, month, day).toEpochDay();
        return true;
    }

    /**
     * Reads three numbers separated by the same '-', '/' or '.' (or 年 月 日), optionally followed by a time.
     * Returns the separator, or 0 when the text does not have that shape.
     */
    private char split(char[] c, int start, int end) {
        int i = start;
        char separator = 0;
        for (int part = 0; part < 3; part++) {
            int from = i;
            int number = 0;
            while (i < end && c[i] >= '0' && c[i] <= '9' && i - from < 4) {
                number = number * 10 + (c[i++] - '0');
            }
            widths[part] = i - from;
            parts[part] = number;
            boolean badWidth = widths[part] == 0 || widths[part] == 3 || (part == 1 && widths[part] > 2);
            if (badWidth) {
                return 0;
            }
            if (part < 2) {
                char s = i < end ? c[i] : 0;
                char wanted = separator == '年' ? '月' : separator;
                boolean ok = wanted == 0 ? s == '-' || s == '/' || s == '.' || s == '年' : s == wanted;
                if (!ok) {
                    return 0;
                }
                separator = separator == 0 ? s : separator;
                i++;
            }
        }
        if (separator == '年' && i < end && c[i] == '日') {
            i++;
        }
        boolean timeFollows = i < end && (c[i] == ' ' || c[i] == 'T') && i + 1 < end && c[i + 1] >= '0' && c[i + 1] <= '9';
        return i == end || timeFollows ? separator : 0;
    }

    @Override
    public float value() {
        return value;
    }

    @Override
    public String expected() {
        return switch (order) {
            case YEAR_MONTH_DAY -> "a date like 2024-03-31";
            case DAY_MONTH_YEAR -> "a date like 31.03.2024 (day first)";
            case MONTH_DAY_YEAR -> "a date like 03/31/2024 (month first)";
        };
    }
}
