package com.discountworkbench.ui.export;

import com.discountworkbench.io.PolicyColumn;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepHeader;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.simulate.Figures;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.converter.LongStringConverter;

/** The Export step's page: what will be written, columns, format, control group, the write button, chart PNGs. */
public final class ExportStepView implements StepView {
    private final ExportViewModel viewModel;
    private final Localization localization;
    private final ScrollPane root;

    @FXML private Label number;
    @FXML private Label heading;
    @FXML private Label description;
    @FXML private Label summary;
    @FXML private VBox optionsCard;
    @FXML private FlowPane columns;
    @FXML private ComboBox<CsvLayout.Delimiter> delimiter;
    @FXML private ComboBox<CsvLayout.DecimalMark> decimalMark;
    @FXML private CheckBox byteOrderMark;
    @FXML private Label formatError;
    @FXML private Slider holdoutShare;
    @FXML private Label holdoutValue;
    @FXML private TextField seed;
    @FXML private Button write;
    @FXML private HBox outcomeRow;
    @FXML private Label outcome;
    @FXML private Button openFolder;
    @FXML private ComboBox<ExportChart> chart;
    @FXML private Button saveChart;

    public ExportStepView(ExportViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        StepHeader.fill(PipelineStep.EXPORT, localization, number, heading, description);
        ExportOptionsViewModel options = viewModel.options();
        summary.textProperty().bind(viewModel.policySummary());
        for (PolicyColumn column : PolicyColumn.values()) {
            CheckBox box = new CheckBox(localization.text("export.column." + column.name().toLowerCase(Locale.ROOT)));
            box.setId("export-column-" + column.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.selectedProperty().bindBidirectional(options.columnProperty(column));
            box.setDisable(column.isRequired());
            columns.getChildren().add(box);
        }
        delimiter.getItems().setAll(CsvLayout.Delimiter.values());
        delimiter.setConverter(names(value -> "export.delimiter." + value.name().toLowerCase(Locale.ROOT)));
        delimiter.valueProperty().bindBidirectional(options.delimiterProperty());
        decimalMark.getItems().setAll(CsvLayout.DecimalMark.values());
        decimalMark.setConverter(names(value -> "export.decimalMark." + value.name().toLowerCase(Locale.ROOT)));
        decimalMark.valueProperty().bindBidirectional(options.decimalMarkProperty());
        byteOrderMark.selectedProperty().bindBidirectional(options.byteOrderMarkProperty());
        formatError.visibleProperty().bind(options.formatValid().not());
        formatError.managedProperty().bind(formatError.visibleProperty());

        holdoutShare.setMax(ExportOptionsViewModel.MAX_HOLDOUT_SHARE);
        holdoutShare.valueProperty().bindBidirectional(options.holdoutShareProperty());
        holdoutValue.textProperty().bind(Bindings.createStringBinding(
                () -> Figures.rate(localization.formats(), options.holdoutShareProperty().get()),
                options.holdoutShareProperty()));
        TextFormatter<Long> seedFormat = new TextFormatter<>(new LongStringConverter(), options.seedProperty().get());
        seed.setTextFormatter(seedFormat);
        seedFormat.valueProperty().addListener((property, old, value) -> {
            if (value != null) {
                options.seedProperty().set(value);
            }
        });

        write.disableProperty().bind(viewModel.canWrite().not());
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcomeRow.visibleProperty().bind(outcome.textProperty().isNotEmpty());
        outcomeRow.managedProperty().bind(outcomeRow.visibleProperty());
        openFolder.disableProperty().bind(viewModel.folderProperty().isNull());

        chart.getItems().setAll(ExportChart.values());
        chart.setConverter(names(ExportChart::titleKey));
        chart.valueProperty().bindBidirectional(viewModel.chartProperty());
        saveChart.disableProperty().bind(viewModel.hasPolicy().not().or(viewModel.writingProperty()));
    }

    @FXML
    private void useStandardFormat() {
        viewModel.options().useStandardFormat();
    }

    @FXML
    private void useExcelFormat() {
        viewModel.options().useExcelDecimalCommaFormat();
    }

    @FXML
    private void writePolicy() {
        viewModel.writePolicy();
    }

    @FXML
    private void saveChart() {
        viewModel.saveChart();
    }

    @FXML
    private void openFolder() {
        viewModel.openFolder();
    }

    @Override
    public Node root() {
        return root;
    }

    private <T> StringConverter<T> names(Function<T, String> key) {
        return new StringConverter<>() {
            @Override public String toString(T value) {
                return value == null ? "" : localization.text(key.apply(value));
            }

            @Override public T fromString(String text) {
                return null;
            }
        };
    }
}
