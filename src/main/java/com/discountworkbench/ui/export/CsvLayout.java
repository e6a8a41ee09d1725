package com.discountworkbench.ui.export;

/** The delimiter and decimal mark choices of the Export screen. */
public final class CsvLayout {
    private CsvLayout() {
    }

    /** Field delimiters Excel and other tools read. */
    public enum Delimiter {
        COMMA(','), SEMICOLON(';'), TAB('\t');

        private final char character;

        Delimiter(char character) {
            this.character = character;
        }

        public char character() {
            return character;
        }
    }

    /** How decimals are written: 0.15 or 0,15. */
    public enum DecimalMark {
        POINT('.'), COMMA(',');

        private final char character;

        DecimalMark(char character) {
            this.character = character;
        }

        public char character() {
            return character;
        }
    }
}
