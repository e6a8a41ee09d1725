package com.discountworkbench.data.csv;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnType;
import java.util.Arrays;
import java.util.List;

/**
 * Dictionary-encodes a text column. Once every row is in, decides between CATEGORICAL, TEXT and ID from the
 * distinct values; a column that had no values in the sample is typed from its distinct values instead. When
 * the type was fixed beforehand (the chunks of a file read in parts), it is kept, and the dictionary may be
 * shared by the chunks so a category keeps its code from one chunk to the next.
 */
final class TextBuilder implements ColumnBuilder {
    /** A text column with more distinct values than this (and than half its rows) is free text. */
    static final int MAX_CATEGORIES = 50;
    /** Fewest rows for all-unique values to be taken as identifiers rather than a few categories. */
    private static final int MIN_ROWS_FOR_ID = 20;

    private final ColumnPlan plan;
    private final char decimalSeparator;
    private final LevelDictionary dictionary;
    private final ColumnType fixedType;
    private int[] codes;
    private int size;
    private int missing;

    TextBuilder(ColumnPlan plan, int expectedRows, char decimalSeparator) {
        this(plan, expectedRows, decimalSeparator, new LevelDictionary(), null);
    }

    /** @param fixedType the (text) type of the built column; null to decide it from the values */
    TextBuilder(ColumnPlan plan, int expectedRows, char decimalSeparator, LevelDictionary dictionary,
                ColumnType fixedType) {
        this.plan = plan;
        this.decimalSeparator = decimalSeparator;
        this.dictionary = dictionary;
        this.fixedType = fixedType;
        this.codes = new int[Math.max(16, expectedRows)];
    }

    @Override
    public boolean stage(char[] c, int start, int end) {
        return true;
    }

    @Override
    public void commit(char[] c, int start, int end) {
        if (size == codes.length) {
            codes = Arrays.copyOf(codes, size + (size >> 2) + 16);
        }
        if (Tokens.isMissing(c, start, end)) {
            codes[size++] = CategoricalColumn.MISSING;
            missing++;
        } else {
            codes[size++] = dictionary.codeOf(c, start, end);
        }
    }

    @Override
    public String expected() {
        return "text";
    }

    @Override
    public Column build() {
        int[] exact = codes.length == size ? codes : Arrays.copyOf(codes, size);
        codes = null;
        List<String> levels = dictionary.levels();
        if (fixedType != null) {
            return new CategoricalColumn(plan.name(), fixedType, exact, levels);
        }
        ColumnPlan typed = typedPlan();
        if (typed.kind().isNumeric()) {
            return toNumbers(typed, exact, levels);
        }
        return new CategoricalColumn(plan.name(), textType(levels), exact, levels);
    }

    /** The plan, or for a column that had no values in the sample, the one its distinct values call for. */
    ColumnPlan typedPlan() {
        return plan.kind() == ColumnPlan.Kind.UNDECIDED
                ? TypeInference.inferFromValues(plan.name(), dictionary.levels(), decimalSeparator) : plan;
    }

    private ColumnType textType(List<String> levels) {
        int present = size - missing;
        boolean unique = levels.size() == present;
        if (plan.kind() == ColumnPlan.Kind.ID
                || unique && present >= MIN_ROWS_FOR_ID && levels.stream().noneMatch(v -> v.contains(" "))) {
            return ColumnType.ID;
        }
        return levels.size() > Math.max(MAX_CATEGORIES, present / 2) ? ColumnType.TEXT : ColumnType.CATEGORICAL;
    }

    /** A column that first looked empty turned out numeric: parse each distinct value once and expand. */
    private Column toNumbers(ColumnPlan typed, int[] exact, List<String> levels) {
        ValueParser parser = typed.parser();
        float[] levelValues = new float[levels.size()];
        boolean[] levelFractional = new boolean[levels.size()];
        for (int code = 0; code < levels.size(); code++) {
            parser.parse(levels.get(code));
            levelValues[code] = parser.value();
            levelFractional[code] = parser.fractional();
        }
        NumericBuilder numbers = new NumericBuilder(typed, exact.length);
        for (int code : exact) {
            boolean isMissing = code == CategoricalColumn.MISSING;
            numbers.append(isMissing ? Float.NaN : levelValues[code], !isMissing && levelFractional[code]);
        }
        return numbers.build();
    }
}
