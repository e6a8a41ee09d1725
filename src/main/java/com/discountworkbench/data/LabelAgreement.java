package com.discountworkbench.data;

/**
 * Value evidence that a column was recorded after the purchase: it is nonzero for (almost) exactly
 * the buyers, as spend is. A column measured before the offer cannot know who will buy.
 */
final class LabelAgreement {
    private static final double NON_BUYERS_ZERO = 0.99;
    private static final double BUYERS_NONZERO = 0.9;

    private LabelAgreement() {
    }

    static boolean nonzeroOnlyForBuyers(NumericColumn column, NumericColumn label) {
        long buyers = 0;
        long buyersNonzero = 0;
        long others = 0;
        long othersZero = 0;
        float[] values = column.values();
        float[] labels = label.values();
        for (int row = 0; row < values.length; row++) {
            float y = labels[row];
            float v = values[row];
            if (Float.isNaN(y)) {
                continue;
            }
            boolean nonzero = !Float.isNaN(v) && v != 0f;
            if (y == 1f) {
                buyers++;
                buyersNonzero += nonzero ? 1 : 0;
            } else {
                others++;
                othersZero += nonzero ? 0 : 1;
            }
        }
        return buyers > 0 && others > 0
                && othersZero >= NON_BUYERS_ZERO * others && buyersNonzero >= BUYERS_NONZERO * buyers;
    }

    /** A 0/1 column, however it was written in the file. */
    static boolean isBinary(ColumnProfile profile) {
        return profile.type() == ColumnType.BOOLEAN
                || (profile.type().isNumeric() && profile.distinct() == 2 && profile.min() == 0 && profile.max() == 1);
    }
}
