package com.discountworkbench.ui.common;

import com.discountworkbench.ui.i18n.Localization;

/**
 * The style classes of the theme ({@code workbench.css}). Code uses these constants and FXML writes the same names;
 * a test checks every class used in FXML is listed here and styled in the theme.
 */
public final class Styles {
    public static final String WORKBENCH = "workbench";
    public static final String LANGUAGE_CHINESE = "lang-zh";
    public static final String LANGUAGE_ENGLISH = "lang-en";
    public static final String DROP_ACTIVE = "drop-active";

    public static final String NAVIGATION = "navigation";
    public static final String NAVIGATION_HEADER = "navigation-header";
    public static final String NAVIGATION_LOGO = "navigation-logo";
    public static final String NAVIGATION_APP_NAME = "navigation-app-name";
    public static final String NAVIGATION_ITEMS = "navigation-items";
    public static final String NAVIGATION_ITEM = "navigation-item";
    public static final String NAVIGATION_ITEM_GRAPHIC = "navigation-item-graphic";
    public static final String NAVIGATION_NUMBER = "navigation-number";
    public static final String NAVIGATION_TITLE = "navigation-title";
    public static final String NAVIGATION_STATE = "navigation-state";

    public static final String STATE_ICON = "state-icon";
    public static final String STATE_GLYPH = "state-glyph";
    public static final String STATE_DONE = "state-done";
    public static final String STATE_STALE = "state-stale";
    public static final String STATE_READY = "state-ready";
    public static final String STATE_BLOCKED = "state-blocked";

    public static final String CONTENT = "content";
    public static final String STEP_PAGE = "step-page";
    public static final String STEP_TITLE_ROW = "step-title-row";
    public static final String STEP_NUMBER = "step-number";
    public static final String STEP_HEADING = "step-heading";
    public static final String STEP_DESCRIPTION = "step-description";
    public static final String STEP_BADGE = "step-badge";
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    public static final String HINT = "hint";
    public static final String FILE_NAME = "file-name";
    public static final String ACCENT_BUTTON = "accent-button";
    public static final String TOOLBAR = "toolbar";

    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_TEXT = "status-text";
    public static final String STATUS_PROGRESS = "status-progress";

    public static final String ERROR_DETAILS = "error-details";
    public static final String ABOUT_NAME = "about-name";
    public static final String DIALOG_CONTENT = "dialog-content";
    public static final String SHORTCUT_GRID = "shortcut-grid";
    public static final String SHORTCUT_KEY = "shortcut-key";

    // Inspect and Feedback screens
    public static final String WIDE_PAGE = "wide-page";
    public static final String INSPECT_PANEL = "inspect-panel";
    public static final String FILTER_BAR = "filter-bar";
    public static final String PERCENT_SPINNER = "percent-spinner";
    public static final String NUMBER_COLUMN = "number-column";
    public static final String RESPONSE_CHART = "response-chart";
    public static final String CHART_CAPTION = "chart-caption";
    public static final String REFERENCE_CHART = "reference-chart";
    public static final String COMPACT_TABLE = "compact-table";
    public static final String WRAPPED_HEADERS = "wrapped-headers";

    private static final String STYLESHEET = "/com/discountworkbench/ui/workbench.css";

    private Styles() {
    }

    /** The theme's URL for {@code getStylesheets()}. */
    public static String stylesheet() {
        return Styles.class.getResource(STYLESHEET).toExternalForm();
    }

    /** The root style class that picks the language's font (Chinese needs a CJK font first, not as a fallback). */
    public static String languageClass(Localization localization) {
        return localization.isChinese() ? LANGUAGE_CHINESE : LANGUAGE_ENGLISH;
    }
}
