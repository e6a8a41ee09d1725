package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.Objective;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.Localization;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/** The constraint controls of the Simulate screen; every control is bound to {@link ConstraintsViewModel}. */
final class ConstraintsView {
    private final SimulateViewModel screen;
    private final ConstraintsViewModel viewModel;
    private final Localization localization;
    private final VBox root;
    /* Bidirectional bindings hold their properties weakly: the number fields' object views must live as long as this. */
    private final List<ObjectProperty<Double>> numberFieldValues = new ArrayList<>();
    private Subscription gridChoice = Subscription.EMPTY;

    @FXML private RadioButton modelGrid;
    @FXML private RadioButton customGrid;
    @FXML private TextField customGridText;
    @FXML private Button applyGrid;
    @FXML private Label gridMessage;
    @FXML private Slider maxDiscount;
    @FXML private Label maxDiscountValue;
    @FXML private CheckBox minMarginOn;
    @FXML private Slider minMargin;
    @FXML private Label minMarginValue;
    @FXML private CheckBox budgetOn;
    @FXML private Slider budget;
    @FXML private TextField budgetText;
    @FXML private ComboBox<String> marginColumn;
    @FXML private Label marginRateLabel;
    @FXML private Slider marginRate;
    @FXML private Label marginRateValue;
    @FXML private ComboBox<Objective> objective;
    @FXML private HBox profitFloorRow;
    @FXML private TextField profitFloor;
    @FXML private ComboBox<String> segmentColumn;
    @FXML private CheckBox monotoneGuard;

    ConstraintsView(SimulateViewModel screen, Localization localization) {
        this.screen = screen;
        this.viewModel = screen.constraints();
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
        root.getStyleClass().add(Styles.CONSTRAINTS_PANEL);
    }

    @FXML
    private void initialize() {
        Formats formats = localization.formats();
        modelGrid.textProperty().bind(Bindings.concat(localization.text("simulate.grid.model"), " ",
                screen.modelLevelsProperty()));
        customGrid.selectedProperty().bindBidirectional(screen.customGridProperty());
        gridChoice = screen.customGridProperty().subscribe(custom -> modelGrid.setSelected(!custom));
        customGrid.disableProperty().bind(screen.customGridAllowedProperty().not());
        customGridText.textProperty().bindBidirectional(screen.customGridTextProperty());
        customGridText.disableProperty().bind(customGrid.selectedProperty().not());
        applyGrid.disableProperty().bind(customGrid.selectedProperty().not());
        gridMessage.textProperty().bind(screen.gridMessageProperty());
        hideWhenEmpty(gridMessage);

        maxDiscount.maxProperty().bind(viewModel.maxDiscountCeilingProperty());
        maxDiscount.majorTickUnitProperty().bind(viewModel.maxDiscountStepProperty());
        maxDiscount.valueProperty().bindBidirectional(viewModel.maxDiscountProperty());
        maxDiscount.disableProperty().bind(viewModel.rateGridProperty().not());
        maxDiscountValue.textProperty().bind(rateText(formats, viewModel.maxDiscountProperty()));

        minMarginOn.selectedProperty().bindBidirectional(viewModel.minMarginOnProperty());
        minMargin.setMax(ConstraintsViewModel.MAX_MIN_MARGIN);
        minMargin.valueProperty().bindBidirectional(viewModel.minMarginProperty());
        minMargin.disableProperty().bind(minMarginOn.selectedProperty().not());
        minMarginValue.textProperty().bind(rateText(formats, viewModel.minMarginProperty()));

        budgetOn.selectedProperty().bindBidirectional(viewModel.budgetOnProperty());
        budget.maxProperty().bind(viewModel.budgetCeilingProperty());
        budget.valueProperty().bindBidirectional(viewModel.budgetProperty());
        budget.disableProperty().bind(budgetOn.selectedProperty().not());
        bindNumberField(budgetText, viewModel.budgetProperty());
        budgetText.disableProperty().bind(budgetOn.selectedProperty().not());

        marginColumn.setItems(viewModel.marginColumns());
        marginColumn.setConverter(choice(ConstraintsViewModel.ONE_RATE_FOR_ALL, "simulate.marginSource.oneRate"));
        marginColumn.valueProperty().bindBidirectional(viewModel.marginColumnProperty());
        marginRateLabel.textProperty().bind(Bindings.createStringBinding(() -> localization.text(
                ConstraintsViewModel.ONE_RATE_FOR_ALL.equals(viewModel.marginColumnProperty().get())
                        ? "simulate.marginRate.all" : "simulate.marginRate.missing"),
                viewModel.marginColumnProperty()));
        marginRate.valueProperty().bindBidirectional(viewModel.marginRateProperty());
        marginRateValue.textProperty().bind(rateText(formats, viewModel.marginRateProperty()));

        objective.getItems().setAll(Objective.values());
        objective.setConverter(new StringConverter<>() {
            @Override public String toString(Objective value) {
                return value == null ? "" : localization.text("simulate.objective." + value.name().toLowerCase(Locale.ROOT));
            }

            @Override public Objective fromString(String text) {
                return null;
            }
        });
        objective.valueProperty().bindBidirectional(viewModel.objectiveProperty());
        profitFloorRow.visibleProperty().bind(viewModel.usesProfitFloor());
        profitFloorRow.managedProperty().bind(profitFloorRow.visibleProperty());
        bindNumberField(profitFloor, viewModel.profitFloorProperty());

        segmentColumn.setItems(viewModel.segmentColumns());
        segmentColumn.setConverter(choice(ConstraintsViewModel.NO_SEGMENTS, "simulate.segmentColumn.none"));
        segmentColumn.valueProperty().bindBidirectional(viewModel.segmentColumnProperty());
        monotoneGuard.selectedProperty().bindBidirectional(viewModel.monotoneGuardProperty());
    }

    @FXML
    private void applyCustomGrid() {
        screen.applyCustomGrid();
    }

    VBox root() {
        return root;
    }

    void dispose() {
        gridChoice.unsubscribe();
    }

    /** Column names as they are; the sentinel entry by its localized meaning. */
    private StringConverter<String> choice(String sentinel, String sentinelKey) {
        return new StringConverter<>() {
            @Override public String toString(String value) {
                return value == null ? "" : sentinel.equals(value) ? localization.text(sentinelKey) : value;
            }

            @Override public String fromString(String text) {
                return text;
            }
        };
    }

    private static StringBinding rateText(Formats formats, DoubleProperty rate) {
        return Bindings.createStringBinding(() -> Figures.rate(formats, rate.get()), rate);
    }

    /**
     * A number typed in the window's locale; committed on Enter or when the field loses focus, while text that is
     * not a number puts the last value back.
     */
    private void bindNumberField(TextField field, DoubleProperty value) {
        Formats formats = localization.formats();
        NumberFormat parser = NumberFormat.getNumberInstance(localization.locale());
        TextFormatter<Double> formatter = new TextFormatter<>(new StringConverter<>() {
            @Override public String toString(Double number) {
                return number == null ? "" : Figures.money(formats, number);
            }

            @Override public Double fromString(String text) {
                ParsePosition position = new ParsePosition(0);
                Number number = parser.parse(text.strip(), position);
                if (number == null || position.getIndex() != text.strip().length()) {
                    throw new IllegalArgumentException("Not a number: " + text);
                }
                return number.doubleValue();
            }
        });
        field.setTextFormatter(formatter);
        ObjectProperty<Double> number = value.asObject();
        numberFieldValues.add(number);
        formatter.valueProperty().bindBidirectional(number);
    }

    private static void hideWhenEmpty(Label label) {
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }
}
