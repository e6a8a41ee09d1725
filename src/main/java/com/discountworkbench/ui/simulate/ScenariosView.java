package com.discountworkbench.ui.simulate;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.dialog.DialogStyling;
import com.discountworkbench.ui.i18n.Localization;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.VBox;

/** Saving the current scenario by name, and the saved ones side by side: one column per scenario. */
final class ScenariosView {
    private final SimulateViewModel screen;
    private final ScenariosViewModel viewModel;
    private final Localization localization;
    private final VBox root;
    private final ListChangeListener<String> columnsChanged = change -> buildColumns();

    @FXML private Button save;
    @FXML private MenuButton remove;
    @FXML private TableView<ScenariosViewModel.Row> table;

    ScenariosView(SimulateViewModel screen, Localization localization) {
        this.screen = screen;
        this.viewModel = screen.scenarios();
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        save.disableProperty().bind(screen.resultProperty().isNull());
        remove.disableProperty().bind(viewModel.hasScenarios().not());
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        viewModel.names().addListener(columnsChanged);
        buildColumns();
    }

    /** Asks for a name (proposing an unused one) and keeps the current scenario under it. */
    @FXML
    private void saveScenario() {
        TextInputDialog dialog = new TextInputDialog(viewModel.suggestedName());
        dialog.setTitle(localization.text("simulate.scenarios.save.title"));
        dialog.setHeaderText(localization.text("simulate.scenarios.save.title"));
        dialog.setContentText(localization.text("simulate.scenarios.save.name"));
        DialogStyling.apply(dialog, root.getScene() == null ? null : root.getScene().getWindow(), localization);
        dialog.showAndWait().ifPresent(screen::saveScenario);
    }

    VBox root() {
        return root;
    }

    void dispose() {
        viewModel.names().removeListener(columnsChanged);
    }

    private void buildColumns() {
        table.getColumns().clear();
        TableColumn<ScenariosViewModel.Row, String> metric = new TableColumn<>(localization.text("simulate.scenarios.metric"));
        metric.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().metric()));
        metric.setPrefWidth(260);
        table.getColumns().add(metric);
        remove.getItems().clear();
        for (int i = 0; i < viewModel.names().size(); i++) {
            int index = i;
            String name = viewModel.names().get(i);
            boolean saved = viewModel.isSaved(name);
            TableColumn<ScenariosViewModel.Row, String> column = new TableColumn<>(name);
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().values().get(index)));
            column.getStyleClass().add(Styles.NUMBER_CELL);
            column.setPrefWidth(170);
            table.getColumns().add(column);
            if (saved) {
                MenuItem item = new MenuItem(name);
                item.setOnAction(event -> viewModel.remove(name));
                remove.getItems().add(item);
            }
        }
    }
}
