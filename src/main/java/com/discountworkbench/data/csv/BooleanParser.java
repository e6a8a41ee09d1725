package com.discountworkbench.data.csv;

/** TRUE/FALSE, yes/no, Y/N, 是/否 (any case) and 1/0, stored as 1 and 0. */
final class BooleanParser implements ValueParser {
    private float value;

    @Override
    public boolean parse(char[] c, int start, int end) {
        int word = Tokens.booleanWord(c, start, end);
        if (word < 0 && end - start == 1 && (c[start] == '0' || c[start] == '1')) {
            word = c[start] - '0';
        }
        value = word;
        return word >= 0;
    }

    @Override
    public float value() {
        return value;
    }

    @Override
    public String expected() {
        return "TRUE/FALSE, yes/no, Y/N, 是/否 or 1/0";
    }
}
