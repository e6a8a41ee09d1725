package com.discountworkbench.data.csv;

import com.discountworkbench.data.QualityWarning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The table's shape worked out from the first records: whether the first is a header, how many columns
 * there are (ignoring the empty trailing columns Excel adds), their names and how to read each.
 */
final class SampleSchema {
    final boolean hasHeader;
    final List<ColumnPlan> plans = new ArrayList<>();
    final List<QualityWarning> warnings = new ArrayList<>();

    private SampleSchema(boolean hasHeader) {
        this.hasHeader = hasHeader;
    }

    /**
     * @param records    the sample, blank lines included (they are skipped here)
     * @param forcedText names of columns to read as text whatever the sample says
     */
    static SampleSchema from(List<String[]> records, char decimalSeparator, Set<String> forcedText) {
        List<String[]> rows = records.stream().filter(r -> !isBlank(r)).toList();
        boolean header = hasHeader(rows, decimalSeparator);
        List<String[]> body = header ? rows.subList(1, rows.size()) : rows;
        List<String> headerFields = header ? new ArrayList<>(List.of(rows.get(0))) : List.of();
        // Rows usually as wide as the header; wider when the header left out names of columns that hold values.
        int width = header ? Math.max(headerFields.size(), modeWidth(body)) : modeWidth(body);
        while (width > 1 && (width > headerFields.size() || headerFields.get(width - 1).isBlank())
                && allEmpty(body, width - 1)) {
            width--;
        }
        while (headerFields.size() < width && header) {
            headerFields.add("");
        }
        HeaderNames names = header ? HeaderNames.from(headerFields.subList(0, width)) : HeaderNames.generated(width);
        SampleSchema schema = new SampleSchema(header);
        schema.warnings.addAll(names.warnings);
        for (int column = 0; column < width; column++) {
            String name = names.names.get(column);
            ColumnPlan plan = TypeInference.infer(name, values(body, column, width), decimalSeparator);
            schema.plans.add(forcedText.contains(name) ? plan.asText() : plan);
        }
        return schema;
    }

    /**
     * The first row is a header when one of its fields cannot be a value of a column that is numeric below it;
     * when no column is numeric, unless one of its values occurs again below it.
     */
    static boolean hasHeader(List<String[]> rows, char decimalSeparator) {
        if (rows.size() < 2) {
            return true;
        }
        String[] first = rows.get(0);
        List<String[]> body = rows.subList(1, rows.size());
        boolean numericColumn = false;
        for (int column = 0; column < first.length; column++) {
            List<String> below = values(body, column, column + 1);
            ColumnPlan plan = TypeInference.inferFromValues("", below, decimalSeparator);
            String top = first[column].strip();
            if (plan.kind().isNumeric()) {
                numericColumn = true;
                if (!Tokens.isMissing(top) && !plan.parser().parse(top)) {
                    return true;
                }
            }
        }
        if (numericColumn) {
            return false;
        }
        for (int column = 0; column < first.length; column++) {
            String top = first[column].strip();
            if (!top.isEmpty() && values(body, column, column + 1).contains(top)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> values(List<String[]> rows, int column, int minWidth) {
        List<String> values = new ArrayList<>();
        for (String[] row : rows) {
            if (row.length >= minWidth && column < row.length) {
                String value = row[column].strip();
                if (!Tokens.isMissing(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }

    private static int modeWidth(List<String[]> rows) {
        Map<Integer, Integer> counts = new HashMap<>();
        rows.forEach(r -> counts.merge(r.length, 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(1);
    }

    private static boolean allEmpty(List<String[]> rows, int column) {
        return rows.stream().allMatch(r -> column >= r.length || r[column].isBlank());
    }

    private static boolean isBlank(String[] record) {
        for (String field : record) {
            if (!field.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
