package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.ChartBar;
import com.discountworkbench.ui.common.IndexList;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer table: which customers pass the filters (id search, P(buy) range, segment, recommended discount),
 * in which order, and the histogram of the filtered customers' P(buy). Every change recomputes the index array the
 * table shows; over 100,000 customers that is a few milliseconds, so it happens as the analyst types.
 */
public final class CustomerTableViewModel {
    static final int HISTOGRAM_BINS = 20;

    private final UiLanguage language;
    private final IndexList rows = new IndexList();
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<ProbabilityMeasure> measure = new SimpleObjectProperty<>(this, "measure",
            ProbabilityMeasure.RECOMMENDED);
    private final IntegerProperty minPercent = new SimpleIntegerProperty(this, "minPercent", 0);
    private final IntegerProperty maxPercent = new SimpleIntegerProperty(this, "maxPercent", 100);
    private final ObjectProperty<FilterChoice> segment = new SimpleObjectProperty<>(this, "segment", FilterChoice.ALL);
    private final ObjectProperty<FilterChoice> recommendedLevel = new SimpleObjectProperty<>(this, "recommendedLevel",
            FilterChoice.ALL);
    private final ObservableList<ProbabilityMeasure> measures = FXCollections.observableArrayList();
    private final ObservableList<FilterChoice> segments = FXCollections.observableArrayList(FilterChoice.ALL);
    private final ObservableList<FilterChoice> levels = FXCollections.observableArrayList(FilterChoice.ALL);
    private final ObservableList<ChartBar> histogram = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper selectedCustomer = new ReadOnlyIntegerWrapper(this, "selectedCustomer", -1);
    private final ReadOnlyIntegerWrapper shownCount = new ReadOnlyIntegerWrapper(this, "shownCount");
    private final ReadOnlyBooleanWrapper hasObserved = new ReadOnlyBooleanWrapper(this, "hasObserved");
    private CustomerTable table;
    private boolean refreshing;
    private CustomerColumn sortColumn;
    private boolean ascending = true;

    public CustomerTableViewModel(UiLanguage language) {
        this.language = language;
        for (Observable filter : List.of(search, measure, minPercent, maxPercent, segment, recommendedLevel)) {
            filter.addListener(changed -> refresh());
        }
    }

    /** Shows new contents, keeping the filters that still apply. */
    void show(CustomerTable newTable) {
        boolean sameCustomers = table != null && newTable != null && table.scores() == newTable.scores();
        table = newTable;
        if (newTable == null) {
            selectedCustomer.set(-1);
        } else {
            fillChoices(newTable, sameCustomers);
        }
        refresh();
    }

    private void fillChoices(CustomerTable newTable, boolean sameCustomers) {
        List<ProbabilityMeasure> available = new ArrayList<>(List.of(ProbabilityMeasure.values()));
        hasObserved.set(newTable.scores().hasObserved());
        if (!newTable.scores().hasObserved()) {
            available.remove(ProbabilityMeasure.OBSERVED);
        }
        if (!measures.equals(available)) {
            measures.setAll(available);
        }
        if (!available.contains(measure.get())) {
            measure.set(ProbabilityMeasure.RECOMMENDED);
        }
        List<FilterChoice> segmentChoices = new ArrayList<>(List.of(FilterChoice.ALL));
        List<SegmentColumn> columns = newTable.scores().segments();
        for (int c = 0; c < columns.size(); c++) {
            for (int v = 0; v < columns.get(c).values().size(); v++) {
                segmentChoices.add(new FilterChoice(c, v));
            }
        }
        List<FilterChoice> levelChoices = new ArrayList<>(List.of(FilterChoice.ALL));
        for (int k = 0; k < newTable.recommendation().problem().levels(); k++) {
            levelChoices.add(new FilterChoice(0, k));
        }
        if (!segmentChoices.equals(segments)) {
            segments.setAll(segmentChoices);
        }
        if (!levelChoices.equals(levels)) {
            levels.setAll(levelChoices);
        }
        if (!sameCustomers || !segments.contains(segment.get())) {
            segment.set(FilterChoice.ALL);
        }
        if (!levels.contains(recommendedLevel.get())) {
            recommendedLevel.set(FilterChoice.ALL);
        }
        if (!sameCustomers) {
            selectedCustomer.set(-1);
        }
    }

    /** Recomputes the shown customers and the histogram from the current filters and sort. */
    void refresh() {
        if (table == null) {
            rows.setAll(new int[0]);
            histogram.clear();
            shownCount.set(0);
            return;
        }
        int[] shown = table.view(currentFilter(), sortColumn, ascending);
        // The table may move its selection while it takes in new rows; the analyst's choice is kept instead.
        refreshing = true;
        try {
            rows.setAll(shown);
        } finally {
            refreshing = false;
        }
        shownCount.set(shown.length);
        int[] counts = table.histogram(shown, currentFilter().measure(), HISTOGRAM_BINS);
        List<ChartBar> bars = new ArrayList<>(counts.length);
        for (int bin = 0; bin < counts.length; bin++) {
            bars.add(new ChartBar(language.formats().percent((double) bin / counts.length, 0), counts[bin]));
        }
        histogram.setAll(bars);
    }

    CustomerFilter currentFilter() {
        double min = Math.min(minPercent.get(), maxPercent.get()) / 100.0;
        double max = Math.max(minPercent.get(), maxPercent.get()) / 100.0;
        // A combo box empties its value for a moment while its items are replaced: nothing chosen means "all".
        FilterChoice chosenSegment = segment.get() == null ? FilterChoice.ALL : segment.get();
        FilterChoice chosenLevel = recommendedLevel.get() == null ? FilterChoice.ALL : recommendedLevel.get();
        ProbabilityMeasure chosenMeasure = measure.get() == null ? ProbabilityMeasure.RECOMMENDED : measure.get();
        return new CustomerFilter(search.get(), chosenMeasure, min, max, chosenSegment.column(), chosenSegment.value(),
                chosenLevel.isAll() ? -1 : chosenLevel.value());
    }

    /** Sorts by a column (the table's header click); null restores customer order. */
    public void sort(CustomerColumn column, boolean ascendingOrder) {
        if (column != sortColumn || ascendingOrder != ascending) {
            sortColumn = column;
            ascending = ascendingOrder;
            refresh();
        }
    }

    /** The analyst selected a customer (ignored while the rows are being replaced). */
    public void select(int customer) {
        if (!refreshing) {
            selectedCustomer.set(customer);
        }
    }

    /** The text of one cell; "–" where there is no value. */
    public String text(CustomerColumn column, int customer) {
        if (table == null) {
            return "";
        }
        Formats formats = language.formats();
        if (column == CustomerColumn.ID) {
            return table.scores().ids()[customer];
        }
        if (column == CustomerColumn.RECOMMENDED_LEVEL) {
            return levelText(table.recommendation(), table.recommendation().level(customer));
        }
        float value = table.value(column, customer);
        if (Float.isNaN(value)) {
            return language.text("inspect.noValue");
        }
        return switch (column) {
            case EXPECTED_SPEND, EXPECTED_PROFIT -> formats.decimal(value, 2);
            default -> formats.percent(value, 1);
        };
    }

    /** A discount level as the analyst reads it: "15%" for a rate, the offer's name for a named offer. */
    String levelText(Recommendation recommendation, int level) {
        if (recommendation.problem().offers().level(level).isNamed()) {
            return recommendation.levelName(level);
        }
        return language.formats().percent(recommendation.problem().discountRate(level), 0);
    }

    /** The wording of a segment or recommended-discount choice in the current language. */
    public String segmentText(FilterChoice choice) {
        if (choice == null || choice.isAll() || table == null) {
            return language.text("inspect.filter.allSegments");
        }
        SegmentColumn column = table.scores().segments().get(choice.column());
        return language.text("inspect.filter.segmentValue", column.name(), column.values().get(choice.value()));
    }

    public String levelChoiceText(FilterChoice choice) {
        if (choice == null || choice.isAll() || table == null) {
            return language.text("inspect.filter.anyDiscount");
        }
        return levelText(table.recommendation(), choice.value());
    }

    public String measureText(ProbabilityMeasure value) {
        return value == null ? "" : language.text("inspect.measure." + value.name().toLowerCase(Locale.ROOT));
    }

    /** "1,234 of 20,000 customers". */
    public StringBinding shownText() {
        return Bindings.createStringBinding(() -> table == null ? "" : language.text("inspect.shown",
                shownCount.get(), table.customers()), shownCount, language.property());
    }

    /** The customers shown, in order, as indices into the scores. */
    public IndexList rows() {
        return rows;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<ProbabilityMeasure> measureProperty() {
        return measure;
    }

    public IntegerProperty minPercentProperty() {
        return minPercent;
    }

    public IntegerProperty maxPercentProperty() {
        return maxPercent;
    }

    public ObjectProperty<FilterChoice> segmentProperty() {
        return segment;
    }

    public ObjectProperty<FilterChoice> recommendedLevelProperty() {
        return recommendedLevel;
    }

    public ObservableList<ProbabilityMeasure> measures() {
        return measures;
    }

    public ObservableList<FilterChoice> segments() {
        return segments;
    }

    public ObservableList<FilterChoice> levels() {
        return levels;
    }

    /** Customers per 5 % P(buy) range among those shown, for the measure the filter uses. */
    public ObservableList<ChartBar> histogram() {
        return histogram;
    }

    public ReadOnlyIntegerProperty selectedCustomerProperty() {
        return selectedCustomer.getReadOnlyProperty();
    }

    /** Whether the file records each customer's treatment, so P(buy) at the observed treatment exists. */
    public ReadOnlyBooleanProperty hasObservedProperty() {
        return hasObserved.getReadOnlyProperty();
    }

    CustomerTable table() {
        return table;
    }
}
