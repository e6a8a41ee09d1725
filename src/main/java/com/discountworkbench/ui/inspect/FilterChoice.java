package com.discountworkbench.ui.inspect;

/**
 * An entry of a filter list: "all", or one value of one column. Holds codes, not texts, so the list survives a
 * language switch; the view model words it in the current language.
 *
 * @param column index of the segment column (unused for the recommended-discount list); -1 for "all"
 * @param value  the value's code, or the level index for the recommended-discount list
 */
public record FilterChoice(int column, int value) {
    public static final FilterChoice ALL = new FilterChoice(-1, -1);

    public boolean isAll() {
        return column < 0;
    }
}
