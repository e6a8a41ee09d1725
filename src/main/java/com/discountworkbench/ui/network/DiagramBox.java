package com.discountworkbench.ui.network;

import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;

/**
 * One box of the network drawing, from the inputs to the output.
 *
 * @param title what the box is ("Dense", "Inputs")
 * @param detail its size ("64 · ReLU"), or empty
 * @param units  how many values leave the box, which sets its height; 0 when unknown
 */
public record DiagramBox(String title, String detail, int units) {

    /** @param inputs number of input features; 0 when not known yet */
    static List<DiagramBox> of(NetworkSpec network, int inputs, UiLanguage language) {
        List<DiagramBox> boxes = new ArrayList<>();
        boxes.add(new DiagramBox(language.text("network.diagram.inputs"),
                inputs > 0 ? language.formats().integer(inputs) : "?", inputs));
        int width = inputs;
        for (LayerSpec layer : network.layers()) {
            width = inputs > 0 ? layer.outputs(width) : 0;
            boxes.add(new DiagramBox(language.text(LayerKind.of(layer).labelKey()), detail(layer, language),
                    layer instanceof LayerSpec.Dense dense ? dense.units() : width));
        }
        String output = network.head() == OutputHead.PROBABILITY ? "network.diagram.probability" : "network.diagram.spend";
        boxes.add(new DiagramBox(language.text("network.diagram.output"), language.text(output), 1));
        return boxes;
    }

    private static String detail(LayerSpec layer, UiLanguage language) {
        if (layer instanceof LayerSpec.Dense dense) {
            return language.text("network.diagram.dense", language.formats().integer(dense.units()),
                    language.text("network.activation." + dense.activation().name()));
        }
        if (layer instanceof LayerSpec.Dropout dropout) {
            return language.formats().percent(dropout.rate(), 0);
        }
        return "";
    }
}
