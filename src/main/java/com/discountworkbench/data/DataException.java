package com.discountworkbench.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A problem with the analyst's input, worded for the analyst: what is wrong, where (file, line, column)
 * and what to do. The UI shows {@link #getMessage()}; details stay in the cause.
 */
public class DataException extends RuntimeException {
    private final Path file;
    private final long line;
    private final String column;

    public DataException(String message) {
        this(message, null, -1, null, null);
    }

    public DataException(String message, Throwable cause) {
        this(message, null, -1, null, cause);
    }

    public DataException(String message, Path file, long line, String column, Throwable cause) {
        super(compose(message, file, line, column), cause);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    private static String compose(String message, Path file, long line, String column) {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file.getFileName());
        }
        if (line > 0) {
            where.append(where.isEmpty() ? "" : ", ").append("line ").append(line);
        }
        if (column != null) {
            where.append(where.isEmpty() ? "" : ", ").append("column '").append(column).append('\'');
        }
        return where.isEmpty() ? message : where + ": " + message;
    }

    public Optional<Path> file() { return Optional.ofNullable(file); }

    /** Physical line number (1-based) or -1 when the problem is not tied to a line. */
    public long line() { return line; }

    public Optional<String> column() { return Optional.ofNullable(column); }
}
