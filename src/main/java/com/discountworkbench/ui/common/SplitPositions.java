package com.discountworkbench.ui.common;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;

/**
 * Gives a split pane its divider positions once it has a usable size. While a split pane is hidden or squeezed to
 * a few pixels (during the first layouts), it cannot honour positions and resets them to equal parts; so they are
 * set again each time the pane grows past a usable size.
 */
public final class SplitPositions {
    /** Below this many pixels a split pane is still being laid out, not something the analyst sees. */
    private static final double USABLE_SIZE = 100;

    private SplitPositions() {
    }

    public static void apply(SplitPane pane, double... positions) {
        pane.setDividerPositions(positions);
        (pane.getOrientation() == Orientation.HORIZONTAL ? pane.widthProperty() : pane.heightProperty())
                .addListener((property, old, size) -> {
                    if (old.doubleValue() < USABLE_SIZE && size.doubleValue() >= USABLE_SIZE) {
                        pane.setDividerPositions(positions);
                    }
                });
    }
}
