package com.discountworkbench.ui.i18n;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The language the window currently speaks. View models read texts through it; the window listens to it and
 * rebuilds its content when the analyst switches language.
 */
public final class UiLanguage {
    private final ReadOnlyObjectWrapper<Localization> current;

    public UiLanguage(Localization initial) {
        this.current = new ReadOnlyObjectWrapper<>(initial);
    }

    public Localization get() {
        return current.get();
    }

    public ReadOnlyObjectProperty<Localization> property() {
        return current.getReadOnlyProperty();
    }

    /** Switches to the supported language closest to {@code locale}; does nothing when it is already current. */
    public void switchTo(Locale locale) {
        if (!Localization.closestSupported(locale).equals(get().locale())) {
            current.set(Localization.of(locale));
        }
    }

    public String text(String key, Object... args) {
        return get().text(key, args);
    }

    public Formats formats() {
        return get().formats();
    }
}
