package com.discountworkbench.ui.data;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.ui.common.ColumnLabels;
import com.discountworkbench.ui.common.IndexedTables;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import java.util.List;
import java.nio.charset.Charset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The Data step's page: read options, the file and its reading, then preview, columns and quality in tabs. */
public final class DataStepView implements StepView {
    private final DataStepViewModel viewModel;
    private final Localization localization;
    private final ColumnsView columnsView;
    private final QualityView qualityView;
    private final Node root;
    private Subscription previewSubscription = Subscription.EMPTY;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private ComboBox<Choice<Charset>> encoding;
    @FXML private ComboBox<Choice<Character>> delimiter;
    @FXML private ComboBox<Choice<Character>> decimal;
    @FXML private VBox emptyCard;
    @FXML private HBox fileCard;
    @FXML private Label fileName;
    @FXML private Label sampleBadge;
    @FXML private Label fileDetails;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Button cancelButton;
    @FXML private Tab columnsTab;
    @FXML private Tab qualityTab;
    @FXML private TableView<Integer> previewTable;

    public DataStepView(DataStepViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.columnsView = new ColumnsView(viewModel.columns(), localization);
        this.qualityView = new QualityView(viewModel.quality(), localization);
        this.root = ViewLoader.load(this, localization.bundle());
        root.getStyleClass().add(Styles.WIDE_PAGE);
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.DATA, localization, number, heading, description);
        ReadOptionsViewModel options = viewModel.options();
        choices(encoding, options.encodings(), options.encodingProperty());
        choices(delimiter, options.delimiters(), options.delimiterProperty());
        choices(decimal, options.decimals(), options.decimalProperty());
        showWhen(fileCard, viewModel.hasFile());
        showWhen(emptyCard, viewModel.hasFile().not());
        fileName.textProperty().bind(viewModel.fileName());
        fileDetails.textProperty().bind(viewModel.fileDetails());
        showWhen(sampleBadge, viewModel.showingSampleProperty().and(viewModel.loadingProperty().not()));
        showWhen(loadingIndicator, viewModel.loadingProperty());
        showWhen(cancelButton, viewModel.loadingProperty().and(viewModel.hasFile()));
        columnsTab.setContent(columnsView.root());
        qualityTab.setContent(qualityView.root());
        qualityTab.textProperty().bind(viewModel.quality().tabTitle());
        previewTable.itemsProperty().bind(viewModel.rowsProperty());
        previewTable.setPlaceholder(new Label(localization.text("data.preview.empty")));
        previewSubscription = viewModel.previewProperty().subscribe(this::showPreviewColumns);
    }

    private void showPreviewColumns(Dataset dataset) {
        List<String> names = dataset == null ? List.of() : dataset.columns().stream().map(Column::name).toList();
        IndexedTables.showColumns(previewTable, localization.text("data.preview.row"), names, viewModel::isNumeric,
                viewModel::cell);
    }

    private <T> void choices(ComboBox<Choice<T>> box, List<Choice<T>> items, ObjectProperty<Choice<T>> value) {
        box.getItems().setAll(items);
        box.setConverter(ColumnLabels.converter(choice -> choice.label(localization)));
        box.valueProperty().bindBidirectional(value);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void importCsv() {
        viewModel.importCsv();
    }

    @FXML
    private void cancelLoading() {
        viewModel.cancelLoading();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        previewSubscription.unsubscribe();
        columnsView.dispose();
        encoding.valueProperty().unbindBidirectional(viewModel.options().encodingProperty());
        delimiter.valueProperty().unbindBidirectional(viewModel.options().delimiterProperty());
        decimal.valueProperty().unbindBidirectional(viewModel.options().decimalProperty());
    }
}
