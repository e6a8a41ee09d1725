package com.discountworkbench.ui.main;

import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;

/** A step's page before it has a screen of its own: what the step does, where it stands, what it waits for. */
public final class StepOverviewViewModel {
    private final PipelineStep step;
    private final PipelineViewModel pipeline;
    private final UiLanguage language;

    public StepOverviewViewModel(PipelineStep step, PipelineViewModel pipeline, UiLanguage language) {
        this.step = step;
        this.pipeline = pipeline;
        this.language = language;
    }

    public PipelineStep step() {
        return step;
    }

    public ReadOnlyObjectProperty<StepState> stateProperty() {
        return pipeline.stateProperty(step);
    }

    /** One sentence on where the step stands; for a blocked step, which steps to finish first. */
    public StringBinding statusText() {
        return Bindings.createStringBinding(this::describeState, stateProperty(), language.property());
    }

    /** True while there is an earlier step to go to. */
    public BooleanBinding blocked() {
        return stateProperty().isEqualTo(StepState.BLOCKED);
    }

    /** The label of the button that leads to the first unfinished earlier step. */
    public StringBinding goToMissingText() {
        return Bindings.createStringBinding(() -> firstMissing()
                .map(missing -> language.text("overview.goTo", language.text(missing.titleKey())))
                .orElse(""), stateProperty(), language.property());
    }

    public void goToMissing() {
        firstMissing().ifPresent(pipeline::select);
    }

    private Optional<PipelineStep> firstMissing() {
        return pipeline.missingPrerequisites(step).stream().findFirst();
    }

    private String describeState() {
        StepState state = stateProperty().get();
        if (state != StepState.BLOCKED) {
            return language.text("overview." + state.name().toLowerCase(Locale.ROOT));
        }
        List<PipelineStep> missing = pipeline.missingPrerequisites(step);
        String names = missing.stream().map(s -> language.text(s.titleKey()))
                .collect(Collectors.joining(language.text("list.separator")));
        return language.text("overview.blocked", names);
    }
}
