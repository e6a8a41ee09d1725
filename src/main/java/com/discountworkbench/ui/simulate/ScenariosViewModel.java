package com.discountworkbench.ui.simulate;

import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.Scenario;
import com.discountworkbench.policy.ScenarioComparison;
import com.discountworkbench.ui.dialog.DialogService;
import com.discountworkbench.ui.i18n.Formats;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Scenarios the analyst keeps by name (in the session, so they are saved with the project) and their side-by-side
 * comparison: one column per scenario, one row per figure, written in the window's language.
 */
public final class ScenariosViewModel {
    /** The figures of {@link ScenarioComparison}, by their English name, and the key of their localized name. */
    private static final Map<String, String> METRIC_KEYS = Map.of(
            "expected conversions", "simulate.compare.conversions",
            "revenue", "simulate.compare.revenue",
            "discount cost", "simulate.compare.discountCost",
            "cost of goods", "simulate.compare.costOfGoods",
            "gross margin", "simulate.compare.grossMargin",
            "fixed costs", "simulate.compare.fixedCosts",
            "profit", "simulate.compare.profit",
            "incremental profit vs no discount", "simulate.compare.vsNoDiscount",
            "incremental profit vs best uniform level", "simulate.compare.vsBestUniform",
            "share of customers offered more than the baseline", "simulate.compare.offeredShare");
    private static final String SHARE_METRIC = "share of customers offered more than the baseline";
    private static final String CONVERSIONS_METRIC = "expected conversions";

    /** One figure across the saved scenarios, already formatted. */
    public record Row(String metric, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    private final ObservableList<Scenario> saved;
    private final DialogService dialogs;
    private final UiLanguage language;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private PolicyResult current;

    public ScenariosViewModel(ObservableList<Scenario> saved, DialogService dialogs, UiLanguage language) {
        this.saved = saved;
        this.dialogs = dialogs;
        this.language = language;
        saved.addListener((javafx.collections.ListChangeListener<Scenario>) change -> compare());
        language.property().addListener(changed -> compare());
        compare();
    }

    /** Shows the scenario on screen, not saved yet, as the last column. */
    void showCurrent(PolicyResult result) {
        current = result;
        compare();
    }

    /** A name not used yet: "Scenario 3". */
    public String suggestedName() {
        int number = saved.size() + 1;
        while (contains(language.text("simulate.scenario.defaultName", number))) {
            number++;
        }
        return language.text("simulate.scenario.defaultName", number);
    }

    /**
     * Keeps the result under the name; a scenario of the same name is replaced after the analyst agrees.
     *
     * @return whether it was saved
     */
    public boolean save(String name, PolicyResult result) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || result == null) {
            return false;
        }
        int existing = indexOf(trimmed);
        if (existing >= 0 && !dialogs.confirm(language.text("simulate.scenario.replace.title"),
                language.text("simulate.scenario.replace", trimmed))) {
            return false;
        }
        Scenario scenario = Scenario.of(trimmed, result);
        if (existing >= 0) {
            saved.set(existing, scenario);
        } else {
            saved.add(scenario);
        }
        return true;
    }

    public void remove(String name) {
        int index = indexOf(name);
        if (index >= 0) {
            saved.remove(index);
        }
    }

    /** Whether the column is a saved scenario (the last one may be the current, unsaved scenario). */
    public boolean isSaved(String name) {
        return contains(name);
    }

    public BooleanBinding hasScenarios() {
        return Bindings.isNotEmpty(saved);
    }

    /** The saved scenarios' names, in column order, then the current scenario's column. */
    public ObservableList<String> names() {
        return names;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    private void compare() {
        List<Scenario> compared = new ArrayList<>(saved);
        if (current != null) {
            compared.add(Scenario.of(language.text("simulate.scenarios.current"), current));
        }
        ScenarioComparison comparison = ScenarioComparison.of(compared);
        Formats formats = language.formats();
        List<Row> formatted = new ArrayList<>();
        for (ScenarioComparison.Row row : comparison.rows()) {
            String key = METRIC_KEYS.get(row.metric());
            String metric = key == null ? row.metric() : language.text(key);
            formatted.add(new Row(metric, row.values().stream().map(value -> format(formats, row.metric(), value))
                    .toList()));
        }
        if (!names.equals(comparison.scenarios())) {
            // Only a changed set of columns rebuilds the table's columns; new figures just refill the rows.
            names.setAll(comparison.scenarios());
        }
        rows.setAll(formatted);
    }

    private static String format(Formats formats, String metric, double value) {
        if (SHARE_METRIC.equals(metric)) {
            return formats.percent(value, 1);
        }
        return CONVERSIONS_METRIC.equals(metric) ? Figures.count(formats, value) : Figures.money(formats, value);
    }

    private boolean contains(String name) {
        return indexOf(name) >= 0;
    }

    private int indexOf(String name) {
        for (int i = 0; i < saved.size(); i++) {
            if (saved.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
