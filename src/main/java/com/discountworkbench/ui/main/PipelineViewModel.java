package com.discountworkbench.ui.main;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state of every pipeline step and which one the analyst is looking at. Screens report results with
 * {@link #markDone}; whatever was computed from older results turns STALE, so the navigation shows what to redo.
 */
public final class PipelineViewModel {
    private final Set<PipelineStep> completed = EnumSet.noneOf(PipelineStep.class);
    private final Set<PipelineStep> stale = EnumSet.noneOf(PipelineStep.class);
    private final Map<PipelineStep, ReadOnlyObjectWrapper<StepState>> states = new EnumMap<>(PipelineStep.class);
    private final ObjectProperty<PipelineStep> selectedStep = new SimpleObjectProperty<>(PipelineStep.DATA);
    private final ReadOnlyBooleanWrapper hasResults = new ReadOnlyBooleanWrapper();

    public PipelineViewModel() {
        for (PipelineStep step : PipelineStep.values()) {
            states.put(step, new ReadOnlyObjectWrapper<>(StepState.BLOCKED));
        }
        refresh();
    }

    public ReadOnlyObjectProperty<StepState> stateProperty(PipelineStep step) {
        return states.get(step).getReadOnlyProperty();
    }

    public StepState state(PipelineStep step) {
        return states.get(step).get();
    }

    /** The step shown in the content area; never null. */
    public ObjectProperty<PipelineStep> selectedStepProperty() {
        return selectedStep;
    }

    public void select(PipelineStep step) {
        selectedStep.set(step);
    }

    /** True once any step has produced results, i.e. there is work the analyst could lose. */
    public ReadOnlyBooleanProperty hasResultsProperty() {
        return hasResults.getReadOnlyProperty();
    }

    /** A step produced fresh results: it is DONE and every completed step that used its old results is STALE. */
    public void markDone(PipelineStep step) {
        completed.add(step);
        stale.remove(step);
        for (PipelineStep dependent : step.dependents()) {
            if (completed.contains(dependent)) {
                stale.add(dependent);
            }
        }
        refresh();
    }

    /** A step's results were discarded (e.g. its settings were edited): it and everything after it start over. */
    public void discard(PipelineStep step) {
        completed.remove(step);
        stale.remove(step);
        for (PipelineStep dependent : step.dependents()) {
            completed.remove(dependent);
            stale.remove(dependent);
        }
        refresh();
    }

    /** Back to an empty workbench on the Data step. */
    public void reset() {
        completed.clear();
        stale.clear();
        refresh();
        select(PipelineStep.DATA);
    }

    /** The steps this one depends on, in pipeline order, that have no results yet. */
    public List<PipelineStep> missingPrerequisites(PipelineStep step) {
        List<PipelineStep> missing = new ArrayList<>();
        for (PipelineStep candidate : PipelineStep.values()) {
            if (step.dependsOn(candidate) && !completed.contains(candidate)) {
                missing.add(candidate);
            }
        }
        return missing;
    }

    private void refresh() {
        for (PipelineStep step : PipelineStep.values()) {
            states.get(step).set(computeState(step));
        }
        hasResults.set(!completed.isEmpty());
    }

    private StepState computeState(PipelineStep step) {
        if (completed.contains(step)) {
            return stale.contains(step) ? StepState.STALE : StepState.DONE;
        }
        return completed.containsAll(step.prerequisites()) ? StepState.READY : StepState.BLOCKED;
    }
}
