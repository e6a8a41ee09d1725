package com.discountworkbench.ui.network;

import com.discountworkbench.data.DataException;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.math.BigDecimal;

/**
 * Numbers in the Network step's fields: written plainly (0.00001, not 1.0E-5) so they can be edited as shown, and
 * read back with a message that names the field when the text is not a number.
 */
final class NumberText {
    private final UiLanguage language;

    NumberText(UiLanguage language) {
        this.language = language;
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** @param fieldKey bundle key of the field's name, for the message */
    double decimal(String text, String fieldKey) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new DataException(language.text("network.error.number", language.text(fieldKey), text.trim()), e);
        }
    }

    /** A whole number; one beyond the int range becomes the nearest int, so the field's own range check reports it. */
    int integer(String text, String fieldKey) {
        long value = longInteger(text, fieldKey);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    long longInteger(String text, String fieldKey) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new DataException(language.text("network.error.wholeNumber", language.text(fieldKey), text.trim()),
                    e);
        }
    }
}
