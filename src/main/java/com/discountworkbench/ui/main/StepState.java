package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.Styles;
import java.util.Locale;

/**
 * Where a pipeline step stands. Each state has a style class (colours in the theme) and a small glyph drawn as an
 * SVG path in a 10×10 box, stroked, so it needs no icon font.
 */
public enum StepState {
    /** Its results are current. */
    DONE(Styles.STATE_DONE, "M1.5 5.2 L4 7.8 L8.6 2.4"),
    /** It has results, but an earlier step changed since: run it again. */
    STALE(Styles.STATE_STALE, "M5 1.6 L5 5.8 M5 8.2 L5 8.4"),
    /** Everything it needs is there; it has not run yet. */
    READY(Styles.STATE_READY, "M1.8 5 L8 5 M5.2 2.2 L8 5 L5.2 7.8"),
    /** An earlier step has to be done first. */
    BLOCKED(Styles.STATE_BLOCKED, "M2.2 5 L7.8 5");

    private final String styleClass;
    private final String glyph;

    StepState(String styleClass, String glyph) {
        this.styleClass = styleClass;
        this.glyph = glyph;
    }

    public String styleClass() {
        return styleClass;
    }

    /** SVG path data of the state's glyph. */
    public String glyph() {
        return glyph;
    }

    public String labelKey() {
        return "state." + name().toLowerCase(Locale.ROOT);
    }
}
