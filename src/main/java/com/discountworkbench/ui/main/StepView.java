package com.discountworkbench.ui.main;

import javafx.scene.Node;

/**
 * The nodes of one step's screen in one language. Built by its {@link StepScreen}; thrown away when the language
 * changes, so it holds no state of its own: everything lives in the screen's view model.
 */
public interface StepView {

    Node root();

    /**
     * Called when the view is thrown away. Views that added listeners to long-lived view models remove them here
     * (plain {@code bind()} needs nothing: bindings observe weakly).
     */
    default void dispose() {
    }
}
