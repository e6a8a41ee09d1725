package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.PrepSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * How the label and the treatment are read: which text value means "bought", which named offer means "no offer",
 * and whether a discount column holds percentages. Each applies only to a label or treatment of that kind.
 * The empty text stands for "automatic" in the two value lists.
 */
public final class TargetOptionsViewModel {
    public static final String AUTOMATIC = "";
    /** A label or treatment with more values than this is a wrong role anyway; the list stays short. */
    private static final int MAX_VALUES = 50;

    private final ObservableList<String> labelValues = FXCollections.observableArrayList();
    private final ObjectProperty<String> positiveLabel = new SimpleObjectProperty<>(AUTOMATIC);
    private final ReadOnlyBooleanWrapper textLabel = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> treatmentValues = FXCollections.observableArrayList();
    private final ObjectProperty<String> noTreatment = new SimpleObjectProperty<>(AUTOMATIC);
    private final ReadOnlyBooleanWrapper namedTreatment = new ReadOnlyBooleanWrapper();
    private final BooleanProperty percent = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper rateTreatment = new ReadOnlyBooleanWrapper();
    private boolean loading;

    /** @param changed runs when the analyst changes one of the options */
    TargetOptionsViewModel(Runnable changed) {
        positiveLabel.addListener((observable, old, now) -> report(changed));
        noTreatment.addListener((observable, old, now) -> report(changed));
        percent.addListener((observable, old, now) -> report(changed));
    }

    public ObservableList<String> labelValues() { return labelValues; }

    public ObjectProperty<String> positiveLabelProperty() { return positiveLabel; }

    /** Whether the label is text (yes/no…), so its "bought" value can be chosen. */
    public ReadOnlyBooleanProperty textLabelProperty() { return textLabel.getReadOnlyProperty(); }

    public ObservableList<String> treatmentValues() { return treatmentValues; }

    public ObjectProperty<String> noTreatmentProperty() { return noTreatment; }

    /** Whether the treatment names offers (e-mail campaigns…), so the "no offer" one can be chosen. */
    public ReadOnlyBooleanProperty namedTreatmentProperty() { return namedTreatment.getReadOnlyProperty(); }

    public BooleanProperty percentProperty() { return percent; }

    /** Whether the treatment is a discount rate, which may be written in percent. */
    public ReadOnlyBooleanProperty rateTreatmentProperty() { return rateTreatment.getReadOnlyProperty(); }

    /** Shows the options of a spec for its data, without reporting them as edits. */
    void load(Dataset data, PrepSpec spec) {
        loading = true;
        try {
            Optional<Column> label = single(data, spec, ColumnRole.LABEL);
            Optional<Column> treatment = single(data, spec, ColumnRole.TREATMENT);
            textLabel.set(label.filter(CategoricalColumn.class::isInstance).isPresent());
            labelValues.setAll(values(label));
            positiveLabel.set(spec.positiveLabel() == null ? AUTOMATIC : spec.positiveLabel());
            namedTreatment.set(treatment.filter(CategoricalColumn.class::isInstance).isPresent());
            treatmentValues.setAll(values(treatment));
            noTreatment.set(spec.noTreatmentLevel() == null ? AUTOMATIC : spec.noTreatmentLevel());
            rateTreatment.set(treatment.filter(column -> !(column instanceof CategoricalColumn)
                    && column.type() != ColumnType.BOOLEAN).isPresent());
            percent.set(spec.treatmentInPercent());
        } finally {
            loading = false;
        }
    }

    /** The spec with these options. */
    PrepSpec applyTo(PrepSpec spec) {
        return spec.withPositiveLabel(automaticAsNull(positiveLabel.get()))
                .withNoTreatmentLevel(automaticAsNull(noTreatment.get()))
                .withTreatmentInPercent(percent.get());
    }

    private static Optional<Column> single(Dataset data, PrepSpec spec, ColumnRole role) {
        List<String> names = spec.columnsWithRole(role);
        return names.size() == 1 ? data.find(names.get(0)) : Optional.empty();
    }

    private static List<String> values(Optional<Column> column) {
        List<String> values = new ArrayList<>();
        values.add(AUTOMATIC);
        column.filter(CategoricalColumn.class::isInstance)
                .ifPresent(text -> ((CategoricalColumn) text).levels().stream().limit(MAX_VALUES).forEach(values::add));
        return values;
    }

    private static String automaticAsNull(String value) {
        return value == null || value.equals(AUTOMATIC) ? null : value;
    }

    private void report(Runnable changed) {
        if (!loading) {
            changed.run();
        }
    }
}
