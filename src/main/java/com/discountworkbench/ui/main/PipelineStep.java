package com.discountworkbench.ui.main;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The analyst's day, in order. Each step names the steps whose results it needs. */
public enum PipelineStep {
    DATA(),
    PREPARE(DATA),
    NETWORK(PREPARE),
    TRAIN(NETWORK),
    INSPECT(TRAIN),
    SIMULATE(TRAIN),
    EXPORT(SIMULATE),
    FEEDBACK(TRAIN);

    private final List<PipelineStep> prerequisites;

    PipelineStep(PipelineStep... prerequisites) {
        this.prerequisites = List.of(prerequisites);
    }

    /** The steps whose results this step reads directly. */
    public List<PipelineStep> prerequisites() {
        return prerequisites;
    }

    /** Every step that reads this step's results, directly or through other steps. */
    public Set<PipelineStep> dependents() {
        Set<PipelineStep> dependents = EnumSet.noneOf(PipelineStep.class);
        for (PipelineStep step : values()) {
            if (step.dependsOn(this)) {
                dependents.add(step);
            }
        }
        return dependents;
    }

    /** Whether this step needs {@code other}'s results, directly or through other steps. */
    public boolean dependsOn(PipelineStep other) {
        for (PipelineStep prerequisite : prerequisites) {
            if (prerequisite == other || prerequisite.dependsOn(other)) {
                return true;
            }
        }
        return false;
    }

    /** 1-based position shown in the navigation and used by the Ctrl+number shortcut. */
    public int number() {
        return ordinal() + 1;
    }

    /** Stable lower-case name for node ids and bundle keys, e.g. "simulate". */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String titleKey() {
        return "step." + id() + ".title";
    }

    public String descriptionKey() {
        return "step." + id() + ".description";
    }
}
