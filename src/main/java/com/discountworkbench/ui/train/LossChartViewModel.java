package com.discountworkbench.ui.train;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The loss curves of one model: sampled training losses while it learns, and the epoch means of the training and
 * validation loss. Points arrive in batches, so the chart redraws once per batch, not once per point.
 */
public final class LossChartViewModel {

    /** What the horizontal axis counts: training steps during a run, epochs for a model read from a file. */
    public enum Axis { STEPS, EPOCHS }

    /** One point of a curve. */
    public record LossPoint(double x, double loss) {
    }

    private final ObservableList<LossPoint> updates = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> epochTraining = FXCollections.observableArrayList();
    private final ObservableList<LossPoint> validation = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Axis> axis = new ReadOnlyObjectWrapper<>(this, "axis", Axis.STEPS);

    /** Sampled losses of single updates (about 20 per epoch). */
    public ObservableList<LossPoint> updates() {
        return updates;
    }

    /** Mean training loss of each epoch, at the step where the epoch ended. */
    public ObservableList<LossPoint> epochTraining() {
        return epochTraining;
    }

    /** Validation loss after each epoch. */
    public ObservableList<LossPoint> validation() {
        return validation;
    }

    public ReadOnlyObjectProperty<Axis> axisProperty() {
        return axis.getReadOnlyProperty();
    }

    public int pointCount() {
        return updates.size() + epochTraining.size() + validation.size();
    }

    void clear(Axis newAxis) {
        updates.clear();
        epochTraining.clear();
        validation.clear();
        axis.set(newAxis);
    }

    /** Appends a batch of points to each curve (NaN losses, e.g. without a validation split, are left out). */
    void append(List<LossPoint> newUpdates, List<LossPoint> newEpochTraining, List<LossPoint> newValidation) {
        appendFinite(updates, newUpdates);
        appendFinite(epochTraining, newEpochTraining);
        appendFinite(validation, newValidation);
    }

    private static void appendFinite(ObservableList<LossPoint> curve, List<LossPoint> points) {
        List<LossPoint> finite = points.stream().filter(point -> Double.isFinite(point.loss())).toList();
        if (!finite.isEmpty()) {
            curve.addAll(finite);
        }
    }
}
