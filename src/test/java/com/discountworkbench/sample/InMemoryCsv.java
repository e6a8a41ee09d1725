package com.discountworkbench.sample;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny stand-in for the CSV reader in tests of this package: splits unquoted comma lines and stores a
 * column as float32 numbers when every cell parses, otherwise as categories; empty cells are missing.
 */
final class InMemoryCsv {

    private InMemoryCsv() {
    }

    /** @param forceCategorical columns stored as categories even when numeric, as a reader may do */
    static Dataset toDataset(String csv, Set<String> forceCategorical) {
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(",", -1);
        String[][] cells = new String[lines.length - 1][];
        for (int row = 1; row < lines.length; row++) {
            cells[row - 1] = lines[row].split(",", -1);
        }
        List<Column> columns = new ArrayList<>();
        for (int col = 0; col < header.length; col++) {
            columns.add(column(header[col], cells, col, forceCategorical.contains(header[col])));
        }
        return new Dataset(DataSource.inMemory("test.csv"), columns, Map.of());
    }

    private static Column column(String name, String[][] cells, int col, boolean categorical) {
        float[] numbers = new float[cells.length];
        boolean numeric = !categorical;
        boolean integral = true;
        for (int row = 0; row < cells.length && numeric; row++) {
            String cell = cells[row][col];
            try {
                numbers[row] = cell.isEmpty() ? Float.NaN : Float.parseFloat(cell);
                integral &= cell.isEmpty() || numbers[row] == Math.rint(numbers[row]) && !cell.contains(".");
            } catch (NumberFormatException e) {
                numeric = false;
            }
        }
        if (numeric) {
            return new NumericColumn(name, integral ? ColumnType.INTEGER : ColumnType.DECIMAL, numbers);
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        int[] codes = new int[cells.length];
        for (int row = 0; row < cells.length; row++) {
            String cell = cells[row][col];
            codes[row] = cell.isEmpty() ? CategoricalColumn.MISSING : levels.computeIfAbsent(cell, k -> levels.size());
        }
        return new CategoricalColumn(name, ColumnType.CATEGORICAL, codes, new ArrayList<>(levels.keySet()));
    }
}
