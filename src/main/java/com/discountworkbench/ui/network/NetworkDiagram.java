package com.discountworkbench.ui.network;

import com.discountworkbench.ui.common.Styles;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/**
 * The drawing of a network from the inputs (top) to the output (bottom): one bar per layer, wider for more units
 * (on a log scale, so 4 and 4,096 units both stay readable), with arrows for the flow of values.
 */
final class NetworkDiagram extends VBox {
    private static final double MIN_WIDTH = 150;
    private static final double MAX_WIDTH = 300;
    private static final String ARROW = "M 0 0 L 0 10 M -4 6 L 0 10 L 4 6";

    NetworkDiagram() {
        getStyleClass().add(Styles.NETWORK_DIAGRAM);
        setAlignment(Pos.TOP_CENTER);
    }

    void show(List<? extends DiagramBox> boxes) {
        int widest = boxes.stream().mapToInt(DiagramBox::units).max().orElse(1);
        getChildren().clear();
        for (int i = 0; i < boxes.size(); i++) {
            if (i > 0) {
                SVGPath arrow = new SVGPath();
                arrow.setContent(ARROW);
                arrow.getStyleClass().add(Styles.DIAGRAM_ARROW);
                getChildren().add(arrow);
            }
            getChildren().add(box(boxes.get(i), widest));
        }
    }

    private static StackPane box(DiagramBox box, int widest) {
        Region bar = new Region();
        bar.getStyleClass().add(Styles.DIAGRAM_BOX);
        double share = box.units() <= 0 ? 0 : Math.log1p(box.units()) / Math.log1p(Math.max(widest, 1));
        double width = MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * share;
        bar.setPrefWidth(width);
        bar.setMaxWidth(width);
        Label text = new Label(box.detail().isEmpty() ? box.title() : box.title() + "  " + box.detail());
        text.getStyleClass().add(Styles.DIAGRAM_TEXT);
        StackPane row = new StackPane(bar, text);
        row.setMaxWidth(MAX_WIDTH);
        return row;
    }
}
