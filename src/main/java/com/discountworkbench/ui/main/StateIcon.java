package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.Styles;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;

/** A coloured disc with the glyph of a {@link StepState}; colours come from the state's style class. */
public final class StateIcon extends StackPane {
    private final SVGPath glyph = new SVGPath();
    private StepState state;

    public StateIcon() {
        getStyleClass().add(Styles.STATE_ICON);
        glyph.getStyleClass().add(Styles.STATE_GLYPH);
        getChildren().add(glyph);
        setMouseTransparent(true);
    }

    public void show(StepState newState) {
        if (state != null) {
            getStyleClass().remove(state.styleClass());
        }
        state = newState;
        getStyleClass().add(newState.styleClass());
        glyph.setContent(newState.glyph());
    }
}
