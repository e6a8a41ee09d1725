package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.ChoiceText;
import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory.IntegerSpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;
import javafx.util.Subscription;

/**
 * The filters and the customer table. The table's items are customer indices ({@code Integer}); cells ask the view
 * model for their text, and a header click asks the view model to sort, so the table never compares rows itself.
 */
public final class CustomerTableView {
    /** Wide enough for two-line headers such as "P(buy) / no discount", ids such as "C000001", and "recommended". */
    private static final double NUMBER_WIDTH = 80;
    private static final double ID_WIDTH = 84;
    private static final double RECOMMENDED_WIDTH = 104;

    private final CustomerTableViewModel viewModel;
    private final Localization localization;
    private final Region root;
    private final ListChangeListener<Integer> rowsChanged = change -> reselect();
    private Subscription subscriptions = Subscription.EMPTY;
    // Held here: a bidirectional binding observes weakly, so an unreferenced adapter would be collected.
    private ObjectProperty<Integer> minAdapter;
    private ObjectProperty<Integer> maxAdapter;

    @FXML private TextField search;
    @FXML private ComboBox<ProbabilityMeasure> measure;
    @FXML private Spinner<Integer> minPercent;
    @FXML private Spinner<Integer> maxPercent;
    @FXML private ComboBox<FilterChoice> segment;
    @FXML private ComboBox<FilterChoice> recommendedLevel;
    @FXML private Label shown;
    @FXML private TableView<Integer> table;

    public CustomerTableView(CustomerTableViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(viewModel.searchProperty());
        measure.setItems(viewModel.measures());
        ChoiceText.use(measure, viewModel::measureText);
        measure.valueProperty().bindBidirectional(viewModel.measureProperty());
        minAdapter = viewModel.minPercentProperty().asObject();
        maxAdapter = viewModel.maxPercentProperty().asObject();
        minPercent.setValueFactory(percentFactory());
        maxPercent.setValueFactory(percentFactory());
        minPercent.getValueFactory().valueProperty().bindBidirectional(minAdapter);
        maxPercent.getValueFactory().valueProperty().bindBidirectional(maxAdapter);
        segment.setItems(viewModel.segments());
        ChoiceText.use(segment, viewModel::segmentText);
        segment.valueProperty().bindBidirectional(viewModel.segmentProperty());
        recommendedLevel.setItems(viewModel.levels());
        ChoiceText.use(recommendedLevel, viewModel::levelChoiceText);
        recommendedLevel.valueProperty().bindBidirectional(viewModel.recommendedLevelProperty());
        shown.textProperty().bind(viewModel.shownText());
        buildTable();
    }

    /** Whole percentages 0–100, shown as "15%"; typing "15" or "15%" both work. */
    private IntegerSpinnerValueFactory percentFactory() {
        IntegerSpinnerValueFactory factory = new IntegerSpinnerValueFactory(0, 100);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : localization.formats().percent(value / 100.0, 0);
            }

            @Override
            public Integer fromString(String text) {
                String digits = text.replaceAll("[^0-9]", "");
                try {
                    return Math.max(0, Math.min(100, Integer.parseInt(digits)));
                } catch (NumberFormatException notANumber) {
                    return factory.getValue();
                }
            }
        });
        return factory;
    }

    private void buildTable() {
        for (CustomerColumn column : CustomerColumn.values()) {
            TableColumn<Integer, String> tableColumn = new TableColumn<>(
                    localization.text("inspect.column." + column.name().toLowerCase(Locale.ROOT)));
            tableColumn.setUserData(column);
            tableColumn.setMinWidth(minWidth(column));
            tableColumn.setCellValueFactory(cell -> new ReadOnlyStringWrapper(viewModel.text(column, cell.getValue())));
            if (column != CustomerColumn.ID) {
                tableColumn.getStyleClass().add(Styles.NUMBER_CELL);
            }
            if (column == CustomerColumn.OBSERVED) {
                tableColumn.visibleProperty().bind(viewModel.hasObservedProperty());
            }
            table.getColumns().add(tableColumn);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setItems(viewModel.rows());
        // Added after the table's own listener, so the table has taken in the new rows when this runs.
        viewModel.rows().addListener(rowsChanged);
        table.setSortPolicy(sorted -> {
            TableColumn<Integer, ?> first = sorted.getSortOrder().isEmpty() ? null : sorted.getSortOrder().get(0);
            viewModel.sort(first == null ? null : (CustomerColumn) first.getUserData(),
                    first == null || first.getSortType() == TableColumn.SortType.ASCENDING);
            return true;
        });
        subscriptions = subscriptions.and(table.getSelectionModel().selectedItemProperty().subscribe(customer -> {
            if (customer != null) {
                viewModel.select(customer);
            }
        }));
        reselect();
    }

    private static double minWidth(CustomerColumn column) {
        return switch (column) {
            case ID -> ID_WIDTH;
            case RECOMMENDED, RECOMMENDED_LEVEL -> RECOMMENDED_WIDTH;
            default -> NUMBER_WIDTH;
        };
    }

    /** After the rows change, the selected customer stays selected when the filter still shows them. */
    private void reselect() {
        int position = viewModel.rows().positionOf(viewModel.selectedCustomerProperty().get());
        if (position >= 0) {
            table.getSelectionModel().clearAndSelect(position);
        } else {
            table.getSelectionModel().clearSelection();
        }
    }

    public Region root() {
        return root;
    }

    void dispose() {
        subscriptions.unsubscribe();
        viewModel.rows().removeListener(rowsChanged);
    }
}
