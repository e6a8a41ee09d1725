package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.Objective;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.WhatIfSweeps;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analyst's goal and limits on the Simulate screen, as properties the controls bind to. Every change of a
 * control calls the change handler, which recomputes the scenario; {@link #reset} sets all controls at once for
 * newly scored customers and calls it once.
 */
public final class ConstraintsViewModel {
    /** In the margin list: one rate for every customer instead of a column. */
    public static final String ONE_RATE_FOR_ALL = "";
    /** In the segment list: everyone in one group. */
    public static final String NO_SEGMENTS = "";
    public static final double MAX_MIN_MARGIN = WhatIfSweeps.MAX_MIN_MARGIN;
    static final double DEFAULT_MIN_MARGIN = 0.2;

    private final DoubleProperty maxDiscount = new SimpleDoubleProperty(this, "maxDiscount");
    private final DoubleProperty maxDiscountCeiling = new SimpleDoubleProperty(this, "maxDiscountCeiling", 0.3);
    private final DoubleProperty maxDiscountStep = new SimpleDoubleProperty(this, "maxDiscountStep", 0.05);
    private final BooleanProperty rateGrid = new SimpleBooleanProperty(this, "rateGrid", true);
    private final BooleanProperty minMarginOn = new SimpleBooleanProperty(this, "minMarginOn");
    private final DoubleProperty minMargin = new SimpleDoubleProperty(this, "minMargin", DEFAULT_MIN_MARGIN);
    private final BooleanProperty budgetOn = new SimpleBooleanProperty(this, "budgetOn");
    private final DoubleProperty budget = new SimpleDoubleProperty(this, "budget");
    private final DoubleProperty budgetCeiling = new SimpleDoubleProperty(this, "budgetCeiling", 1);
    private final ObservableList<String> marginColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> marginColumn = new SimpleObjectProperty<>(this, "marginColumn", ONE_RATE_FOR_ALL);
    private final DoubleProperty marginRate = new SimpleDoubleProperty(this, "marginRate", 0.35);
    private final ObjectProperty<Objective> objective = new SimpleObjectProperty<>(this, "objective", Objective.PROFIT);
    private final DoubleProperty profitFloor = new SimpleDoubleProperty(this, "profitFloor");
    private final BooleanProperty monotoneGuard = new SimpleBooleanProperty(this, "monotoneGuard");
    private final ObservableList<String> segmentColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> segmentColumn = new SimpleObjectProperty<>(this, "segmentColumn", NO_SEGMENTS);
    private Runnable onChange = () -> { };
    private boolean resetting;
    private boolean budgetNeedsDefault = true;

    public ConstraintsViewModel() {
        Observable[] controls = {maxDiscount, minMarginOn, minMargin, budgetOn, budget, marginColumn, marginRate,
            objective, profitFloor, monotoneGuard, segmentColumn};
        for (Observable control : controls) {
            control.addListener(changed -> changed());
        }
    }

    void onChange(Runnable handler) {
        this.onChange = handler;
    }

    /**
     * Sets every control for newly scored customers: the grid's discounts, the file's margin and segment columns,
     * the default margin source; limits are switched off.
     */
    void reset(OfferGrid offers, List<String> margins, MarginSource defaultMargin, List<String> segments) {
        resetting = true;
        try {
            fitGrid(offers);
            minMarginOn.set(false);
            budgetOn.set(false);
            marginColumns.setAll(margins);
            marginColumns.add(ONE_RATE_FOR_ALL);
            marginColumn.set(defaultMargin.isUniform() ? ONE_RATE_FOR_ALL : defaultMargin.column());
            marginRate.set(defaultMargin.rate());
            segmentColumns.setAll(segments);
            segmentColumns.add(0, NO_SEGMENTS);
            segmentColumn.set(NO_SEGMENTS);
            budgetNeedsDefault = true;
        } finally {
            resetting = false;
        }
        onChange.run();
    }

    /** The same customers scored at other discounts: the maximum discount follows the grid, nothing else changes. */
    void useGrid(OfferGrid offers) {
        resetting = true;
        try {
            fitGrid(offers);
        } finally {
            resetting = false;
        }
        onChange.run();
    }

    /** Slider range and step from the grid's discounts; the maximum starts at the top (no limit). */
    private void fitGrid(OfferGrid offers) {
        double top = 0;
        double step = 1;
        for (int k = 0; k < offers.size(); k++) {
            top = Math.max(top, offers.discountRate(k));
            for (int j = 0; j < k; j++) {
                double gap = Math.abs(offers.discountRate(k) - offers.discountRate(j));
                step = gap > 1e-9 ? Math.min(step, gap) : step;
            }
        }
        rateGrid.set(!offers.hasNamedOffers() && top > 0);
        maxDiscountCeiling.set(top);
        maxDiscountStep.set(step < 1 ? step : Math.max(top, 0.01));
        maxDiscount.set(top);
    }

    /**
     * The largest budget worth setting: what the scenario spends on discounts without a budget. A budget above it
     * is lowered to it (same policy: neither binds); the first ceiling proposes half of it.
     */
    void setBudgetCeiling(double ceiling) {
        resetting = true;
        try {
            budgetCeiling.set(ceiling > 0 ? ceiling : 1);
            if (budgetNeedsDefault) {
                budget.set(budgetCeiling.get() / 2);
                budgetNeedsDefault = false;
            } else if (budget.get() > budgetCeiling.get()) {
                budget.set(budgetCeiling.get());
            }
        } finally {
            resetting = false;
        }
    }

    /** The goal and limits the controls describe. */
    public PolicyConstraints constraints() {
        boolean floored = objective.get() != Objective.PROFIT;
        return new PolicyConstraints(objective.get(), floored ? profitFloor.get() : null,
                rateGrid.get() ? maxDiscount.get() : null, minMarginOn.get() ? minMargin.get() : null,
                budgetOn.get() ? budget.get() : null, Map.of(), monotoneGuard.get());
    }

    public MarginSource marginSource() {
        String column = marginColumn.get();
        return column == null || ONE_RATE_FOR_ALL.equals(column) ? MarginSource.uniform(marginRate.get())
                : MarginSource.column(column, marginRate.get());
    }

    /** The column customers are grouped by, or null for one group. */
    public String segmentColumnOrNull() {
        String column = segmentColumn.get();
        return column == null || NO_SEGMENTS.equals(column) ? null : column;
    }

    private void changed() {
        if (!resetting) {
            onChange.run();
        }
    }

    public DoubleProperty maxDiscountProperty() { return maxDiscount; }

    public DoubleProperty maxDiscountCeilingProperty() { return maxDiscountCeiling; }

    /** The smallest gap between two discounts of the grid: the slider snaps to it. */
    public DoubleProperty maxDiscountStepProperty() { return maxDiscountStep; }

    /** False for named offers, which the analyst limits by offer, not by rate. */
    public BooleanProperty rateGridProperty() { return rateGrid; }

    public BooleanProperty minMarginOnProperty() { return minMarginOn; }

    public DoubleProperty minMarginProperty() { return minMargin; }

    public BooleanProperty budgetOnProperty() { return budgetOn; }

    public DoubleProperty budgetProperty() { return budget; }

    public DoubleProperty budgetCeilingProperty() { return budgetCeiling; }

    /** Candidate margin columns, then {@link #ONE_RATE_FOR_ALL}. */
    public ObservableList<String> marginColumns() { return marginColumns; }

    public ObjectProperty<String> marginColumnProperty() { return marginColumn; }

    /** The margin rate for everyone, or for customers without a value in the margin column. */
    public DoubleProperty marginRateProperty() { return marginRate; }

    public ObjectProperty<Objective> objectiveProperty() { return objective; }

    /** Per customer, in money; applies to the revenue and conversion objectives. */
    public DoubleProperty profitFloorProperty() { return profitFloor; }

    public BooleanBinding usesProfitFloor() {
        return Bindings.createBooleanBinding(() -> objective.get() != Objective.PROFIT, objective);
    }

    public BooleanProperty monotoneGuardProperty() { return monotoneGuard; }

    /** {@link #NO_SEGMENTS}, then the columns customers can be grouped by. */
    public ObservableList<String> segmentColumns() { return segmentColumns; }

    public ObjectProperty<String> segmentColumnProperty() { return segmentColumn; }
}
