package com.discountworkbench.ui.data;

import com.discountworkbench.ui.i18n.Localization;

/**
 * One entry of a read-option list, e.g. "Semicolon" for {@code ';'} or "Automatic" for null (let the reader detect).
 *
 * @param value    the option's value; null for automatic detection
 * @param labelKey bundle key of the label; null to show the value itself (charset names)
 */
public record Choice<T>(T value, String labelKey) {

    public String label(Localization localization) {
        return labelKey == null ? String.valueOf(value) : localization.text(labelKey);
    }
}
