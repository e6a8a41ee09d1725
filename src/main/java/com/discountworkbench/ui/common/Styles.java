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

    // Simulate and Export steps
    public static final String PAGE_SCROLL = "page-scroll";
    public static final String WIDE_PAGE = "wide-page";
    public static final String SPLIT_ROW = "split-row";
    public static final String CONSTRAINTS_PANEL = "constraints-panel";
    public static final String CONTROL_GROUP = "control-group";
    public static final String CONTROL_ROW = "control-row";
    public static final String CONTROL_LABEL = "control-label";
    public static final String CONTROL_VALUE = "control-value";
    public static final String NUMBER_FIELD = "number-field";
    public static final String WARNING_TEXT = "warning-text";
    public static final String KPI_TILES = "kpi-tiles";
    public static final String KPI_CARD = "kpi-card";
    public static final String KPI_TITLE = "kpi-title";
    public static final String KPI_VALUE = "kpi-value";
    public static final String KPI_DETAIL = "kpi-detail";
    public static final String KPI_GAIN = "kpi-gain";
    public static final String KPI_LOSS = "kpi-loss";
    public static final String CHART_TABS = "chart-tabs";
    public static final String WHAT_IF_CHART = "what-if-chart";
    public static final String OPE_GRID = "ope-grid";
    public static final String COMPARISON_TABLE = "comparison-table";
    public static final String NUMBER_CELL = "number-cell";
    public static final String OPTION_GRID = "option-grid";
    public static final String SUCCESS_TEXT = "success-text";
    // Data and Prepare screens
    public static final String OPTION_LABEL = "option-label";
    public static final String FILE_BAR = "file-bar";
    public static final String FILE_SUMMARY = "file-summary";
    public static final String FILE_TITLE_ROW = "file-title-row";
    public static final String SAMPLE_BADGE = "sample-badge";
    public static final String LOADING_INDICATOR = "loading-indicator";
    public static final String DATA_TABS = "data-tabs";
    public static final String TAB_BODY = "tab-body";
    public static final String INDEXED_TABLE = "indexed-table";
    public static final String ROW_NUMBER = "row-number";
    public static final String NUMERIC_CELL = "numeric-cell";
    public static final String SPEC_TABLE = "spec-table";
    public static final String CHART_PANE = "chart-pane";
    public static final String COLUMN_CHART = "column-chart";
    public static final String QUALITY_SUMMARY = "quality-summary";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section-title";
    public static final String WARNING_LIST = "warning-list";
    public static final String PROBLEM_TEXT = "problem-text";
    public static final String PREVIEW_PANE = "preview-pane";
    public static final String PREVIEW_TITLE_ROW = "preview-title-row";
    public static final String FEATURE_NAMES = "feature-names";

    // Inspect and Feedback screens
    public static final String FULL_PAGE = "full-page";
    public static final String INSPECT_PANEL = "inspect-panel";
    public static final String FILTER_BAR = "filter-bar";
    public static final String PERCENT_SPINNER = "percent-spinner";
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
    // Network and Train steps
    public static final String COLUMNS = "columns";
    public static final String SIDE_COLUMN = "side-column";
    public static final String INLINE_ERROR = "inline-error";
    public static final String NETWORK_TABS = "network-tabs";
    public static final String NETWORK_EDITOR = "network-editor";
    public static final String LAYER_TABLE = "layer-table";
    public static final String SETTINGS_GRID = "settings-grid";
    public static final String FIELD_ROW = "field-row";
    public static final String NETWORK_DIAGRAM = "network-diagram";
    public static final String DIAGRAM_BOX = "diagram-box";
    public static final String DIAGRAM_TEXT = "diagram-text";
    public static final String DIAGRAM_ARROW = "diagram-arrow";
    public static final String TRAIN_PROGRESS_ROW = "train-progress-row";
    public static final String LOSS_CHART = "loss-chart";
    public static final String EPOCH_TABLE = "epoch-table";
    public static final String TEXT_COLUMN = "text-column";
    public static final String SUMMARY_GRID = "summary-grid";
    public static final String METRIC_NAME = "metric-name";
    public static final String METRIC_VALUE = "metric-value";
    public static final String TRAINING_LOG = "training-log";
}
