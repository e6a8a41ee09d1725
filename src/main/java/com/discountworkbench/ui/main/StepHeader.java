package com.discountworkbench.ui.main;

import com.discountworkbench.ui.i18n.Localization;
import javafx.scene.control.Label;

/** Fills the number, title and one-line purpose at the top of every step's page the same way. */
public final class StepHeader {
    private StepHeader() {
    }

    public static void fill(PipelineStep step, Localization localization, Label number, Label heading, Label description) {
        number.setText(localization.formats().integer(step.number()));
        heading.setText(localization.text(step.titleKey()));
        description.setText(localization.text(step.descriptionKey()));
    }
}
