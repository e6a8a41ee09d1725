package com.discountworkbench.ui.network;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LayerSpec.Activation;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The editable list of hidden layers, from the inputs to the output head. Every edit either replaces one layer with a
 * valid one or leaves the list as it was and says why in {@link #errorProperty()}.
 */
public final class LayerTableViewModel {
    private final ObservableList<LayerSpec> layers = FXCollections.observableArrayList();
    private final ObservableList<LayerSpec> layersView = FXCollections.unmodifiableObservableList(layers);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final NumberText numbers;

    LayerTableViewModel(NumberText numbers) {
        this.numbers = numbers;
    }

    /** The layers in order; change them through this view model's methods. */
    public ObservableList<LayerSpec> layers() {
        return layersView;
    }

    /** Why the last edit was refused; empty after a successful one. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setAll(List<LayerSpec> newLayers) {
        layers.setAll(newLayers);
        error.set("");
    }

    /** Adds a dense layer after {@code selected} (at the end when nothing is selected); returns its index. */
    public int add(int selected) {
        int index = selected < 0 || selected >= layers.size() ? layers.size() : selected + 1;
        layers.add(index, LayerKind.DENSE.newLayer());
        error.set("");
        return index;
    }

    public void remove(int index) {
        if (isRow(index)) {
            layers.remove(index);
            error.set("");
        }
    }

    /** Moves a layer one place towards the inputs; returns its new index. */
    public int moveUp(int index) {
        return swap(index, index - 1);
    }

    /** Moves a layer one place towards the output; returns its new index. */
    public int moveDown(int index) {
        return swap(index, index + 1);
    }

    /** Turns a row into a fresh layer of another kind (a dense layer keeps its units when it stays dense). */
    public void setKind(int index, LayerKind kind) {
        if (isRow(index) && kind != null && LayerKind.of(layers.get(index)) != kind) {
            replace(index, kind.newLayer());
        }
    }

    /** The units of a dense layer or the rate of a dropout layer, as the analyst typed it; false when refused. */
    public boolean setSize(int index, String text) {
        if (!isRow(index)) {
            return false;
        }
        try {
            LayerSpec layer = layers.get(index);
            if (layer instanceof LayerSpec.Dense dense) {
                replace(index, LayerSpec.dense(numbers.integer(text, "network.column.units"), dense.activation()));
            } else if (layer instanceof LayerSpec.Dropout) {
                replace(index, LayerSpec.dropout(numbers.decimal(text, "network.column.rate")));
            }
            return true;
        } catch (DataException e) {
            error.set(e.getMessage());
            return false;
        }
    }

    public void setActivation(int index, Activation activation) {
        if (isRow(index) && activation != null && layers.get(index) instanceof LayerSpec.Dense dense) {
            replace(index, LayerSpec.dense(dense.units(), activation));
        }
    }

    /** What the size column shows: units of a dense layer, rate of a dropout layer, nothing for batch norm. */
    public static String sizeText(LayerSpec layer) {
        if (layer instanceof LayerSpec.Dense dense) {
            return Integer.toString(dense.units());
        }
        return layer instanceof LayerSpec.Dropout dropout ? NumberText.plain(dropout.rate()) : "";
    }

    private int swap(int index, int other) {
        if (!isRow(index) || !isRow(other)) {
            return index;
        }
        LayerSpec moving = layers.get(index);
        layers.set(index, layers.get(other));
        layers.set(other, moving);
        error.set("");
        return other;
    }

    private void replace(int index, LayerSpec layer) {
        layers.set(index, layer);
        error.set("");
    }

    private boolean isRow(int index) {
        return index >= 0 && index < layers.size();
    }
}
