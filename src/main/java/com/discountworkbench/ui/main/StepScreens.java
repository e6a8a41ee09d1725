package com.discountworkbench.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Which screen each pipeline step shows. Steps without a registered screen show their {@link StepOverviewView}:
 * what the step does and what it is waiting for.
 */
public final class StepScreens {
    private final Map<PipelineStep, Function<WorkbenchContext, StepScreen>> factories = new EnumMap<>(PipelineStep.class);
    private final Map<PipelineStep, StepScreen> screens = new EnumMap<>(PipelineStep.class);

    /** Registers the screen of {@code step}; the factory runs once, when the step is first shown. */
    public StepScreens register(PipelineStep step, Function<WorkbenchContext, StepScreen> factory) {
        factories.put(step, Objects.requireNonNull(factory, "factory"));
        return this;
    }

    /** The step's screen, created on first use. */
    public StepScreen screen(PipelineStep step, WorkbenchContext context) {
        return screens.computeIfAbsent(step, key -> factories.getOrDefault(key, overview(key)).apply(context));
    }

    private static Function<WorkbenchContext, StepScreen> overview(PipelineStep step) {
        return context -> {
            StepOverviewViewModel viewModel = new StepOverviewViewModel(step, context.pipeline(), context.language());
            return localization -> new StepOverviewView(viewModel, localization);
        };
    }
}
