package com.discountworkbench.data.csv;

import com.discountworkbench.data.ColumnVocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Decides how to read a column from the values of the sample rows (trimmed, missing ones removed):
 * identifiers, codes with leading zeros and mixed text are kept as text; TRUE/FALSE words become booleans;
 * everything numeric becomes numbers; consistent dates become dates.
 */
final class TypeInference {
    private static final double OUTLIER_SHARE = 0.02;
    private static final int MIN_PER_EXCEPTION = 4;

    private TypeInference() {
    }

    static ColumnPlan infer(String name, List<String> values, char decimalSeparator) {
        if (values.isEmpty()) {
            return new ColumnPlan(name, ColumnPlan.Kind.UNDECIDED, null);
        }
        if (ColumnVocabulary.isIdName(name) && new HashSet<>(values).size() >= 0.9 * values.size()) {
            return new ColumnPlan(name, ColumnPlan.Kind.ID, null);
        }
        return inferFromValues(name, values, decimalSeparator);
    }

    /** Like {@link #infer} but from values alone; a column named like an id is still typed by its values. */
    static ColumnPlan inferFromValues(String name, List<String> values, char decimalSeparator) {
        if (values.isEmpty()) {
            return new ColumnPlan(name, ColumnPlan.Kind.UNDECIDED, null);
        }
        if (values.stream().anyMatch(TypeInference::isCodeWithLeadingZero)) {
            return new ColumnPlan(name, ColumnPlan.Kind.TEXT, null);
        }
        BooleanParser booleans = new BooleanParser();
        boolean anyWord = values.stream().anyMatch(v -> Tokens.booleanWord(v.toCharArray(), 0, v.length()) >= 0);
        if (anyWord && values.stream().allMatch(booleans::parse)) {
            return new ColumnPlan(name, ColumnPlan.Kind.BOOLEAN, booleans);
        }
        NumberParser numbers = new NumberParser(decimalSeparator);
        if (fewExceptions(numbers, values)) {
            return new ColumnPlan(name, ColumnPlan.Kind.NUMBER, numbers);
        }
        Optional<DateParser> dates = DateParser.detect(values).filter(parser -> fewExceptions(parser, values));
        return dates.map(parser -> new ColumnPlan(name, ColumnPlan.Kind.DATE, parser))
                .orElseGet(() -> new ColumnPlan(name, ColumnPlan.Kind.TEXT, null));
    }

    /**
     * True when the parser reads all values but at most 2 % (or one), and at least four times as many as it
     * cannot: the exceptions are bad rows to reject, not a sign that the column is text.
     */
    private static boolean fewExceptions(ValueParser parser, List<String> values) {
        long failures = values.stream().filter(v -> !parser.parse(v)).count();
        long successes = values.size() - failures;
        return failures <= Math.max(1, OUTLIER_SHARE * values.size()) && successes >= MIN_PER_EXCEPTION * failures;
    }

    /** {@code 00123}: a code (zip, account) whose leading zero would be lost as a number. */
    static boolean isCodeWithLeadingZero(String value) {
        return value.length() > 1 && value.charAt(0) == '0' && value.chars().allMatch(Character::isDigit);
    }
}
