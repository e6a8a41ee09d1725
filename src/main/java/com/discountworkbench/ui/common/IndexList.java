package com.discountworkbench.ui.common;

import java.util.AbstractList;
import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The items of a table that shows rows of primitive arrays: a read-only observable list of row indices backed by
 * one {@code int[]}. A table over 1,000,000 rows then costs 4 MB and no object per row; a filter or a sort replaces
 * the whole array with one change event.
 */
public final class IndexList extends ObservableListBase<Integer> {
    private int[] indices = new int[0];

    /** Shows these rows, in this order; the array is kept, not copied. */
    public void setAll(int[] rows) {
        int[] old = indices;
        indices = rows;
        beginChange();
        nextReplace(0, rows.length, view(old));
        endChange();
    }

    @Override
    public Integer get(int position) {
        return indices[position];
    }

    /** The row shown at a position, without boxing. */
    public int row(int position) {
        return indices[position];
    }

    /** Where a row is shown, or -1 when the filter hides it. */
    public int positionOf(int row) {
        for (int position = 0; position < indices.length; position++) {
            if (indices[position] == row) {
                return position;
            }
        }
        return -1;
    }

    @Override
    public int size() {
        return indices.length;
    }

    private static List<Integer> view(int[] values) {
        return new AbstractList<>() {
            @Override
            public Integer get(int index) {
                return values[index];
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
