package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.prep.Imputation;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.ui.common.ColumnLabels;
import com.discountworkbench.ui.common.IndexedTables;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** The Prepare step's page: the table of choices per column, the label and treatment options, the feature preview. */
public final class PrepareStepView implements StepView {
    private final PrepareStepViewModel viewModel;
    private final Localization localization;
    private final Node root;
    private Subscription subscriptions = Subscription.EMPTY;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private VBox emptyCard;
    @FXML private HBox toolbar;
    @FXML private Label positiveLabelText;
    @FXML private ComboBox<String> positiveLabel;
    @FXML private Label noTreatmentText;
    @FXML private ComboBox<String> noTreatment;
    @FXML private CheckBox percent;
    @FXML private Label problem;
    @FXML private SplitPane content;
    @FXML private TableView<PrepRow> specTable;
    @FXML private TableColumn<PrepRow, String> nameColumn;
    @FXML private TableColumn<PrepRow, ColumnType> typeColumn;
    @FXML private TableColumn<PrepRow, ColumnRole> roleColumn;
    @FXML private TableColumn<PrepRow, Imputation> missingColumn;
    @FXML private TableColumn<PrepRow, String> fillColumn;
    @FXML private TableColumn<PrepRow, Boolean> indicatorColumn;
    @FXML private TableColumn<PrepRow, Scaling> scalingColumn;
    @FXML private TableColumn<PrepRow, Boolean> logColumn;
    @FXML private TableColumn<PrepRow, ClipChoice> clipColumn;
    @FXML private TableColumn<PrepRow, BucketMode> bucketModeColumn;
    @FXML private TableColumn<PrepRow, String> bucketsColumn;
    @FXML private TableColumn<PrepRow, Integer> oneHotColumn;
    @FXML private Label featureSummary;
    @FXML private ProgressIndicator previewing;
    @FXML private Label featureNames;
    @FXML private TableView<Integer> previewTable;

    public PrepareStepView(PrepareStepViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
        root.getStyleClass().add(Styles.WIDE_PAGE);
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.PREPARE, localization, number, heading, description);
        showWhen(emptyCard, viewModel.hasDataProperty().not());
        showWhen(toolbar, viewModel.hasDataProperty());
        showWhen(content, viewModel.hasDataProperty());
        showWhen(problem, viewModel.hasProblem());
        problem.textProperty().bind(viewModel.problemProperty());
        targets();
        SpecTable cells = new SpecTable(localization);
        cells.name(nameColumn);
        cells.type(typeColumn);
        cells.role(roleColumn);
        cells.missing(missingColumn);
        cells.fill(fillColumn);
        cells.indicator(indicatorColumn);
        cells.scaling(scalingColumn);
        cells.log1p(logColumn);
        cells.clip(clipColumn);
        cells.bucketMode(bucketModeColumn);
        cells.buckets(bucketsColumn);
        cells.oneHot(oneHotColumn);
        specTable.setItems(viewModel.rows());
        featureSummary.textProperty().bind(viewModel.featureSummary());
        featureNames.textProperty().bind(viewModel.featureNames());
        Tooltip allNames = new Tooltip();
        allNames.textProperty().bind(viewModel.featureNames());
        allNames.setWrapText(true);
        allNames.setMaxWidth(640);
        featureNames.setTooltip(allNames);
        showWhen(previewing, viewModel.previewingProperty());
        previewTable.itemsProperty().bind(viewModel.previewRowsProperty());
        previewTable.setPlaceholder(new Label(localization.text("prepare.preview.empty")));
        subscriptions = viewModel.previewProperty().subscribe(preview -> IndexedTables.showColumns(previewTable,
                localization.text("data.preview.row"), preview == null ? List.of() : preview.names(), feature -> true,
                viewModel::cell));
    }

    private void targets() {
        TargetOptionsViewModel targets = viewModel.targets();
        choices(positiveLabel, targets.labelValues(), targets.positiveLabelProperty());
        choices(noTreatment, targets.treatmentValues(), targets.noTreatmentProperty());
        percent.selectedProperty().bindBidirectional(targets.percentProperty());
        showWhen(positiveLabelText, targets.textLabelProperty());
        showWhen(positiveLabel, targets.textLabelProperty());
        showWhen(noTreatmentText, targets.namedTreatmentProperty());
        showWhen(noTreatment, targets.namedTreatmentProperty());
        showWhen(percent, targets.rateTreatmentProperty());
    }

    private void choices(ComboBox<String> box, ObservableList<String> values, ObjectProperty<String> value) {
        box.setItems(values);
        box.setConverter(ColumnLabels.converter(text -> text.equals(TargetOptionsViewModel.AUTOMATIC)
                ? localization.text("data.option.automatic") : text));
        box.valueProperty().bindBidirectional(value);
    }

    private static void showWhen(Node node, ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }

    @FXML
    private void resetToDefaults() {
        viewModel.resetToDefaults();
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void dispose() {
        subscriptions.unsubscribe();
        TargetOptionsViewModel targets = viewModel.targets();
        positiveLabel.valueProperty().unbindBidirectional(targets.positiveLabelProperty());
        noTreatment.valueProperty().unbindBidirectional(targets.noTreatmentProperty());
        percent.selectedProperty().unbindBidirectional(targets.percentProperty());
    }
}
