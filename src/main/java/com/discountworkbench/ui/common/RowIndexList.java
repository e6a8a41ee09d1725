package com.discountworkbench.ui.common;

import java.util.Objects;
import javafx.collections.ObservableListBase;

/**
 * The items of a table over columnar data: the numbers 0 … size − 1, made on demand. A million-row table costs no
 * memory per row; cells read their values from the columns by row index, and only for the rows on screen.
 * Read-only: tables over it are not sortable.
 */
public final class RowIndexList extends ObservableListBase<Integer> {
    private final int size;

    public RowIndexList(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("A table cannot have " + size + " rows");
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        return Objects.checkIndex(index, size);
    }

    @Override
    public int size() {
        return size;
    }
}
