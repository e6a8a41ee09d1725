package com.discountworkbench.ui.network;

import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.LayerSpec;
import com.discountworkbench.model.LayerSpec.Activation;
import com.discountworkbench.model.LearningRateSchedule;
import com.discountworkbench.model.Optimizer;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.converter.DefaultStringConverter;

/** The layer table and training settings of one network (a tab of the Network step). Binds only. */
final class NetworkEditorView {
    private final NetworkEditorViewModel viewModel;
    private final Localization localization;
    private final VBox root;

    @FXML private Label headDescription;
    @FXML private TableView<LayerSpec> layers;
    @FXML private TableColumn<LayerSpec, LayerSpec> numberColumn;
    @FXML private TableColumn<LayerSpec, LayerKind> kindColumn;
    @FXML private TableColumn<LayerSpec, String> sizeColumn;
    @FXML private TableColumn<LayerSpec, Activation> activationColumn;
    @FXML private Button removeButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Label layerError;
    @FXML private ComboBox<Optimizer> optimizer;
    @FXML private ComboBox<LearningRateSchedule> schedule;
    @FXML private ComboBox<ClassBalance> classBalance;
    @FXML private Label classBalanceLabel;
    @FXML private CheckBox logTarget;
    @FXML private CheckBox autoBatch;
    @FXML private TextField learningRate;
    @FXML private TextField l2;
    @FXML private TextField batchSize;
    @FXML private TextField epochs;
    @FXML private TextField patience;
    @FXML private Label settingsError;

    NetworkEditorView(NetworkEditorViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        String id = viewModel.head() == OutputHead.PROBABILITY ? "purchase" : "value";
        layers.setId(id + "-layers");
        learningRate.setId(id + "-learning-rate");
        headDescription.setText(viewModel.headDescription());
        setUpTable();
        LayerTableViewModel table = viewModel.layerTable();
        layerError.textProperty().bind(table.errorProperty());
        showWhenNotEmpty(layerError);
        removeButton.disableProperty().bind(layers.getSelectionModel().selectedIndexProperty().lessThan(0));
        upButton.disableProperty().bind(layers.getSelectionModel().selectedIndexProperty().lessThan(1));
        downButton.disableProperty().bind(layers.getSelectionModel().selectedIndexProperty().lessThan(0)
                .or(layers.getSelectionModel().selectedIndexProperty().greaterThanOrEqualTo(
                        Bindings.size(table.layers()).subtract(1))));
        setUpSettings();
    }

    private void setUpTable() {
        LayerTableViewModel table = viewModel.layerTable();
        layers.setItems(table.layers());
        layers.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        numberColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        numberColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(LayerSpec item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : localization.formats().integer(getIndex() + 1));
            }
        });
        kindColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(LayerKind.of(cell.getValue())));
        kindColumn.setCellFactory(ComboBoxTableCell.forTableColumn(
                EnumText.withKeys(localization, LayerKind::labelKey), LayerKind.values()));
        kindColumn.setOnEditCommit(edit -> select(edit.getTablePosition().getRow(),
                () -> table.setKind(edit.getTablePosition().getRow(), edit.getNewValue())));
        sizeColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(LayerTableViewModel.sizeText(cell.getValue())));
        sizeColumn.setCellFactory(column -> new SizeCell());
        sizeColumn.setOnEditCommit(edit -> {
            int row = edit.getTablePosition().getRow();
            if (!table.setSize(row, edit.getNewValue())) {
                layers.refresh();
            }
            layers.getSelectionModel().select(row);
        });
        activationColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(
                cell.getValue() instanceof LayerSpec.Dense dense ? dense.activation() : null));
        activationColumn.setCellFactory(column -> new ActivationCell(localization));
        activationColumn.setOnEditCommit(edit -> select(edit.getTablePosition().getRow(),
                () -> table.setActivation(edit.getTablePosition().getRow(), edit.getNewValue())));
    }

    private void setUpSettings() {
        optimizer.setItems(FXCollections.observableArrayList(Optimizer.values()));
        optimizer.setConverter(EnumText.withPrefix(localization, "network.optimizer."));
        optimizer.valueProperty().bindBidirectional(viewModel.optimizerProperty());
        schedule.setItems(FXCollections.observableArrayList(LearningRateSchedule.values()));
        schedule.setConverter(EnumText.withPrefix(localization, "network.schedule."));
        schedule.valueProperty().bindBidirectional(viewModel.scheduleProperty());
        classBalance.setItems(FXCollections.observableArrayList(ClassBalance.values()));
        classBalance.setConverter(EnumText.withPrefix(localization, "network.balance."));
        classBalance.valueProperty().bindBidirectional(viewModel.classBalanceProperty());
        logTarget.selectedProperty().bindBidirectional(viewModel.logTargetProperty());
        boolean purchase = viewModel.head() == OutputHead.PROBABILITY;
        setShown(classBalance, purchase);
        setShown(classBalanceLabel, purchase);
        setShown(logTarget, !purchase);
        autoBatch.selectedProperty().bindBidirectional(viewModel.autoBatchProperty());
        batchSize.disableProperty().bind(autoBatch.selectedProperty());
        learningRate.textProperty().bindBidirectional(viewModel.learningRateProperty());
        l2.textProperty().bindBidirectional(viewModel.l2Property());
        batchSize.textProperty().bindBidirectional(viewModel.batchSizeProperty());
        epochs.textProperty().bindBidirectional(viewModel.epochsProperty());
        patience.textProperty().bindBidirectional(viewModel.patienceProperty());
        settingsError.textProperty().bind(viewModel.errorProperty());
        showWhenNotEmpty(settingsError);
    }

    @FXML
    private void addLayer() {
        layers.getSelectionModel().select(viewModel.layerTable().add(selected()));
    }

    @FXML
    private void removeLayer() {
        int index = selected();
        viewModel.layerTable().remove(index);
        layers.getSelectionModel().select(Math.min(index, layers.getItems().size() - 1));
    }

    @FXML
    private void moveUp() {
        layers.getSelectionModel().select(viewModel.layerTable().moveUp(selected()));
    }

    @FXML
    private void moveDown() {
        layers.getSelectionModel().select(viewModel.layerTable().moveDown(selected()));
    }

    VBox root() {
        return root;
    }

    private int selected() {
        return layers.getSelectionModel().getSelectedIndex();
    }

    private void select(int row, Runnable edit) {
        edit.run();
        layers.getSelectionModel().select(row);
    }

    private static void setShown(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static void showWhenNotEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Units or rate; batch normalization has no size to edit. */
    private static final class SizeCell extends TextFieldTableCell<LayerSpec, String> {
        SizeCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            if (getTableRow() != null && getTableRow().getItem() instanceof LayerSpec.BatchNorm) {
                return;
            }
            super.startEdit();
        }
    }

    /** Only dense layers have an activation. */
    private static final class ActivationCell extends ComboBoxTableCell<LayerSpec, Activation> {
        ActivationCell(Localization localization) {
            super(EnumText.withPrefix(localization, "network.activation."), Activation.values());
        }

        @Override
        public void startEdit() {
            if (getTableRow() != null && getTableRow().getItem() instanceof LayerSpec.Dense) {
                super.startEdit();
            }
        }
    }
}
