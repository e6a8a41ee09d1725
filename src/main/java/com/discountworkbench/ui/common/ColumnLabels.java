package com.discountworkbench.ui.common;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.ui.i18n.Localization;
import java.util.Locale;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Column roles and types in the analyst's language, for tables and combo boxes on every screen. */
public final class ColumnLabels {
    private ColumnLabels() {
    }

    public static String role(Localization localization, ColumnRole role) {
        return role == null ? "" : localization.text("data.role." + role.name().toLowerCase(Locale.ROOT));
    }

    public static String type(Localization localization, ColumnType type) {
        return type == null ? "" : localization.text("data.type." + type.name().toLowerCase(Locale.ROOT));
    }

    public static StringConverter<ColumnRole> roleConverter(Localization localization) {
        return converter(role -> role(localization, role));
    }

    /** A one-way converter for combo boxes and choice cells that only display values. */
    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("Choices are picked, not typed");
            }
        };
    }
}
