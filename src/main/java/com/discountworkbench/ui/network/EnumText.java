package com.discountworkbench.ui.network;

import com.discountworkbench.ui.i18n.Localization;
import java.util.function.Function;
import javafx.util.StringConverter;

/** Shows enum constants in combo boxes by their translated names; the combos are not editable, so no parsing. */
final class EnumText<E extends Enum<E>> extends StringConverter<E> {
    private final Localization localization;
    private final Function<E, String> key;

    private EnumText(Localization localization, Function<E, String> key) {
        this.localization = localization;
        this.key = key;
    }

    /** Names from keys {@code prefix + constant name}, e.g. "network.optimizer.ADAM". */
    static <E extends Enum<E>> EnumText<E> withPrefix(Localization localization, String prefix) {
        return new EnumText<>(localization, constant -> prefix + constant.name());
    }

    static <E extends Enum<E>> EnumText<E> withKeys(Localization localization, Function<E, String> key) {
        return new EnumText<>(localization, key);
    }

    @Override
    public String toString(E constant) {
        return constant == null ? "" : localization.text(key.apply(constant));
    }

    @Override
    public E fromString(String text) {
        throw new UnsupportedOperationException("Choices are picked from the list, not typed");
    }
}
