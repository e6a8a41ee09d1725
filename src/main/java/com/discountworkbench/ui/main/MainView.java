package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;

/**
 * The window's content in one language: menu bar, navigation, the selected step's screen, status bar. Rebuilt
 * from scratch when the language changes; all state lives in the view models, which survive.
 */
public final class MainView {
    private final WorkbenchContext context;
    private final StepScreens screens;
    private final Localization localization;
    private final Map<PipelineStep, StepView> stepViews = new EnumMap<>(PipelineStep.class);
    private final MenuBarView menuBar;
    private final NavigationView navigation;
    private final BorderPane root;
    private Subscription selection = Subscription.EMPTY;

    @FXML private StackPane content;

    /** @param quit closes the window after the usual questions (File → Quit) */
    public MainView(WorkbenchContext context, StepScreens screens, Localization localization, Runnable quit) {
        this.context = context;
        this.screens = screens;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
        this.menuBar = new MenuBarView(context.main(), localization, quit);
        this.navigation = new NavigationView(context.pipeline(), localization);
        root.setTop(menuBar.root());
        root.setLeft(navigation.root());
        root.setBottom(new StatusBarView(new StatusBarViewModel(context.main().jobs(), context.language()), localization).root());
        root.getStyleClass().add(Styles.languageClass(localization));
        selection = context.pipeline().selectedStepProperty().subscribe(this::show);
    }

    /** Step screens are built the first time they are shown, so the window opens without building all eight. */
    private void show(PipelineStep step) {
        StepView view = stepViews.computeIfAbsent(step, this::createView);
        content.getChildren().setAll(view.root());
    }

    private StepView createView(PipelineStep step) {
        StepView view = screens.screen(step, context).createView(localization);
        Node node = view.root();
        node.setId("step-" + step.id());
        return view;
    }

    public BorderPane root() {
        return root;
    }

    /** Detaches this content from the long-lived view models before it is replaced. */
    public void dispose() {
        selection.unsubscribe();
        menuBar.dispose();
        navigation.dispose();
        stepViews.values().forEach(StepView::dispose);
    }
}
