package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An immutable table of equally long columns, with the roles the analyst (or the guesser) gave them. */
public final class Dataset {
    private final DataSource source;
    private final List<Column> columns;
    private final Map<String, Column> byName = new LinkedHashMap<>();
    private final Map<String, ColumnRole> roles;
    private final int rowCount;

    public Dataset(DataSource source, List<Column> columns, Map<String, ColumnRole> roles) {
        this.source = source;
        this.columns = List.copyOf(columns);
        this.rowCount = columns.isEmpty() ? 0 : columns.get(0).size();
        for (Column column : columns) {
            if (column.size() != rowCount) {
                throw new IllegalArgumentException("Column " + column.name() + " has " + column.size()
                        + " rows, expected " + rowCount);
            }
            if (byName.put(column.name(), column) != null) {
                throw new IllegalArgumentException("Duplicate column name " + column.name());
            }
        }
        Map<String, ColumnRole> complete = new LinkedHashMap<>();
        for (Column column : columns) {
            complete.put(column.name(), roles.getOrDefault(column.name(), ColumnRole.FEATURE));
        }
        this.roles = Collections.unmodifiableMap(complete);
    }

    public DataSource source() { return source; }

    public List<Column> columns() { return columns; }

    public int rowCount() { return rowCount; }

    public int columnCount() { return columns.size(); }

    public Optional<Column> find(String name) { return Optional.ofNullable(byName.get(name)); }

    /** The named column, or a {@link DataException} that lists the columns the file has. */
    public Column column(String name) {
        Column column = byName.get(name);
        if (column == null) {
            throw new DataException("There is no column '" + name + "'. Columns are: "
                    + String.join(", ", byName.keySet()));
        }
        return column;
    }

    public ColumnRole role(String name) { return roles.get(name); }

    public Map<String, ColumnRole> roles() { return roles; }

    /** Names of the columns that have the given role, in file order. */
    public List<String> columnsWithRole(ColumnRole role) {
        List<String> names = new ArrayList<>();
        roles.forEach((name, r) -> {
            if (r == role) {
                names.add(name);
            }
        });
        return names;
    }

    /** The single column with this role, if exactly one has it. */
    public Optional<Column> columnWithRole(ColumnRole role) {
        List<String> names = columnsWithRole(role);
        return names.size() == 1 ? Optional.of(byName.get(names.get(0))) : Optional.empty();
    }

    /** The same data with some roles changed. */
    public Dataset withRoles(Map<String, ColumnRole> changes) {
        Map<String, ColumnRole> merged = new LinkedHashMap<>(roles);
        changes.forEach((name, role) -> {
            column(name);
            merged.put(name, role);
        });
        return new Dataset(source, columns, merged);
    }

    /** The rows at the given indices, in that order (used for splits). */
    public Dataset select(int[] rows) {
        List<Column> picked = new ArrayList<>(columns.size());
        for (Column column : columns) {
            picked.add(column.select(rows));
        }
        return new Dataset(source, picked, roles);
    }
}
