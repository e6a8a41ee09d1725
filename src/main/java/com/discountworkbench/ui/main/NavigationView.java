package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.Icons;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The left column: one button per pipeline step with its number, name and state; the selected one is shown. */
public final class NavigationView {
    private final PipelineViewModel pipeline;
    private final Localization localization;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<PipelineStep, ToggleButton> buttons = new EnumMap<>(PipelineStep.class);
    private final Parent root;
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private ImageView logo;
    @FXML private VBox items;

    public NavigationView(PipelineViewModel pipeline, Localization localization) {
        this.pipeline = pipeline;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        logo.setImage(new Image(Icons.url(64), true));
        for (PipelineStep step : PipelineStep.values()) {
            ToggleButton button = stepButton(step);
            buttons.put(step, button);
            items.getChildren().add(button);
        }
        subscriptions = subscriptions.and(pipeline.selectedStepProperty().subscribe(step -> group.selectToggle(buttons.get(step))));
        subscriptions = subscriptions.and(group.selectedToggleProperty().subscribe((previous, selected) -> {
            if (selected == null) {
                // A click on the selected step would unselect it; a step is always shown.
                group.selectToggle(previous);
            } else {
                pipeline.select((PipelineStep) selected.getUserData());
            }
        }));
    }

    private ToggleButton stepButton(PipelineStep step) {
        String title = localization.text(step.titleKey());
        Label number = new Label(localization.formats().integer(step.number()));
        number.getStyleClass().add(Styles.NAVIGATION_NUMBER);
        Label name = new Label(title);
        name.getStyleClass().add(Styles.NAVIGATION_TITLE);
        Label state = new Label();
        state.getStyleClass().add(Styles.NAVIGATION_STATE);
        StateIcon icon = new StateIcon();
        subscriptions = subscriptions.and(pipeline.stateProperty(step).subscribe(newState -> {
            icon.show(newState);
            state.setText(localization.text(newState.labelKey()));
        }));

        HBox graphic = new HBox(number, new VBox(name, state), icon);
        graphic.getStyleClass().add(Styles.NAVIGATION_ITEM_GRAPHIC);
        HBox.setHgrow(graphic.getChildren().get(1), Priority.ALWAYS);
        ToggleButton button = new ToggleButton();
        button.setGraphic(graphic);
        button.setId("nav-" + step.id());
        button.setUserData(step);
        button.setToggleGroup(group);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setAccessibleText(title);
        button.getStyleClass().add(Styles.NAVIGATION_ITEM);
        return button;
    }

    public Parent root() {
        return root;
    }

    public void dispose() {
        subscriptions.unsubscribe();
    }
}
