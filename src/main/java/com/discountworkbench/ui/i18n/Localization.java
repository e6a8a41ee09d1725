package com.discountworkbench.ui.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/** The texts and number formats of one supported language. Immutable; switching language makes a new one. */
public final class Localization {
    public static final String BUNDLE = "com.discountworkbench.ui.i18n.messages";
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SIMPLIFIED_CHINESE = Locale.SIMPLIFIED_CHINESE;

    /*
     * Without this control a missing "messages_en" would fall back to the JVM's default locale, so an analyst on a
     * Chinese system who picks English would still get Chinese.
     */
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Formats formats;

    private Localization(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
        this.formats = new Formats(locale);
    }

    /** The supported language closest to {@code requested}: any Chinese variant gets Simplified Chinese, the rest English. */
    public static Localization of(Locale requested) {
        return new Localization(closestSupported(requested));
    }

    static Locale closestSupported(Locale requested) {
        Objects.requireNonNull(requested, "requested");
        return "zh".equals(requested.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Formats formats() {
        return formats;
    }

    public boolean isChinese() {
        return SIMPLIFIED_CHINESE.equals(locale);
    }

    /**
     * The text for {@code key}. With arguments the text is a {@link MessageFormat} pattern, so numbers in it follow
     * the locale; without arguments it is returned as written.
     */
    public String text(String key, Object... args) {
        String pattern = bundle.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }
}
