package com.discountworkbench.ui.prepare;

import com.discountworkbench.prep.Clipping;
import com.discountworkbench.ui.i18n.Localization;
import java.util.List;

/** A clipping choice in the Prepare table: none, or lower and upper training quantiles. */
public record ClipChoice(Clipping clipping) {
    static final List<ClipChoice> PRESETS = List.of(new ClipChoice(null), new ClipChoice(new Clipping(0.01, 0.99)),
            new ClipChoice(new Clipping(0.05, 0.95)), new ClipChoice(new Clipping(0.005, 0.995)));

    /** "None" or "1% – 99%". */
    public String label(Localization localization) {
        if (clipping == null) {
            return localization.text("prepare.clip.none");
        }
        return percent(localization, clipping.lowerQuantile()) + " – " + percent(localization, clipping.upperQuantile());
    }

    private static String percent(Localization localization, double quantile) {
        double points = quantile * 100;
        return localization.formats().percent(quantile, Math.abs(points - Math.rint(points)) < 1e-9 ? 0 : 1);
    }
}
