package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.prep.Bucketing;
import com.discountworkbench.prep.ColumnSpec;
import com.discountworkbench.prep.Imputation;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * One column's preprocessing choices as editable properties, one per cell of the Prepare table. Edits are reported
 * to the view model, which turns them into a new {@link ColumnSpec}; which cells apply follows the role and type.
 */
public final class PrepRow {
    static final String DEFAULT_QUANTILE_BINS = "5";

    private final String column;
    private final ColumnType type;
    private final boolean numeric;
    private final UiLanguage language;
    private final ObjectProperty<ColumnRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Imputation> missing = new SimpleObjectProperty<>();
    private final StringProperty fillValue = new SimpleStringProperty("");
    private final BooleanProperty indicator = new SimpleBooleanProperty();
    private final ObjectProperty<Scaling> scaling = new SimpleObjectProperty<>();
    private final BooleanProperty log1p = new SimpleBooleanProperty();
    private final ObjectProperty<ClipChoice> clipping = new SimpleObjectProperty<>();
    private final ObjectProperty<BucketMode> bucketMode = new SimpleObjectProperty<>(BucketMode.NONE);
    private final StringProperty buckets = new SimpleStringProperty("");
    private final ObjectProperty<Integer> maxCategories = new SimpleObjectProperty<>();
    private final BooleanBinding featureOptions = role.isEqualTo(ColumnRole.FEATURE);
    private final BooleanBinding fillValueOption = featureOptions.and(missing.isEqualTo(Imputation.CONSTANT));
    private final BooleanBinding bucketingOption;
    private final BooleanBinding scalingOptions;
    private final BooleanBinding bucketValueOption;
    private final BooleanBinding oneHotOption;
    private boolean loading;

    /**
     * @param numeric        whether the column holds numbers (numeric options apply) or text (one-hot applies)
     * @param roleChanged    called after the analyst picks another role
     * @param choicesChanged called after the analyst changes any other choice
     */
    PrepRow(String column, ColumnType type, boolean numeric, ColumnSpec spec, UiLanguage language,
            Consumer<PrepRow> roleChanged, Consumer<PrepRow> choicesChanged) {
        this.column = column;
        this.type = type;
        this.numeric = numeric;
        this.language = language;
        this.bucketingOption = featureOptions.and(new SimpleBooleanProperty(numeric));
        this.scalingOptions = bucketingOption.and(bucketMode.isEqualTo(BucketMode.NONE));
        this.bucketValueOption = bucketingOption.and(bucketMode.isNotEqualTo(BucketMode.NONE));
        this.oneHotOption = featureOptions.and(new SimpleBooleanProperty(!numeric));
        load(spec);
        role.addListener((observable, old, now) -> report(roleChanged));
        bucketMode.addListener((observable, old, mode) -> {
            if (!loading && mode == BucketMode.QUANTILES && buckets.get().isBlank()) {
                loading = true;
                buckets.set(DEFAULT_QUANTILE_BINS);
                loading = false;
            }
        });
        for (ObservableValue<?> choice : List.of(missing, fillValue, indicator, scaling, log1p, clipping, bucketMode,
                buckets, maxCategories)) {
            choice.addListener((observable, old, now) -> report(choicesChanged));
        }
    }

    public String column() { return column; }

    public ColumnType type() { return type; }

    public ObjectProperty<ColumnRole> roleProperty() { return role; }

    public ObjectProperty<Imputation> missingProperty() { return missing; }

    public StringProperty fillValueProperty() { return fillValue; }

    public BooleanProperty indicatorProperty() { return indicator; }

    public ObjectProperty<Scaling> scalingProperty() { return scaling; }

    public BooleanProperty log1pProperty() { return log1p; }

    public ObjectProperty<ClipChoice> clippingProperty() { return clipping; }

    public ObjectProperty<BucketMode> bucketModeProperty() { return bucketMode; }

    /** Edges such as "18, 35, 50", or the number of quantile bins. */
    public StringProperty bucketsProperty() { return buckets; }

    public ObjectProperty<Integer> maxCategoriesProperty() { return maxCategories; }

    /** Missing values and the missing indicator apply to model inputs only. */
    public BooleanBinding featureOptionsApply() { return featureOptions; }

    public BooleanBinding fillValueApplies() { return fillValueOption; }

    /** Scaling, log1p and clipping: numeric features that are not bucketed (buckets replace them). */
    public BooleanBinding scalingApplies() { return scalingOptions; }

    public BooleanBinding bucketingApplies() { return bucketingOption; }

    public BooleanBinding bucketValueApplies() { return bucketValueOption; }

    public BooleanBinding oneHotApplies() { return oneHotOption; }

    /** Shows choices made elsewhere (defaults, an opened project) without reporting them as edits. */
    void load(ColumnSpec spec) {
        loading = true;
        try {
            role.set(spec.role());
            missing.set(spec.missing());
            fillValue.set(spec.fillValue() == null ? "" : spec.fillValue());
            indicator.set(spec.missingIndicator());
            scaling.set(spec.scaling());
            log1p.set(spec.log1p());
            clipping.set(new ClipChoice(spec.clipping()));
            Bucketing bucketing = spec.bucketing();
            bucketMode.set(bucketing == null ? BucketMode.NONE
                    : bucketing.quantileBins() > 0 ? BucketMode.QUANTILES : BucketMode.EDGES);
            buckets.set(bucketing == null ? "" : bucketing.quantileBins() > 0 ? Integer.toString(bucketing.quantileBins())
                    : bucketing.edges().stream().map(PrepRow::number).collect(Collectors.joining(", ")));
            maxCategories.set(spec.maxCategories());
        } finally {
            loading = false;
        }
    }

    /**
     * The choices as a column spec.
     *
     * @throws DataException when they are incomplete or contradictory (a constant fill without a value, edges
     *         that are not ascending numbers…)
     */
    ColumnSpec toSpec() {
        String fill = fillValue.get() == null || fillValue.get().isBlank() ? null : fillValue.get().strip();
        if (missing.get() == Imputation.CONSTANT && fill == null) {
            throw new DataException(language.text("prepare.error.fillValue", column));
        }
        return new ColumnSpec(role.get(), missing.get(), fill, indicator.get(), scaling.get(), log1p.get(),
                clipping.get() == null ? null : clipping.get().clipping(), bucketing(), maxCategories.get());
    }

    private Bucketing bucketing() {
        String text = buckets.get() == null ? "" : buckets.get().strip();
        switch (bucketMode.get()) {
            case EDGES -> {
                List<Double> edges = new ArrayList<>();
                try {
                    for (String edge : text.split("[;,\\s]+")) {
                        if (!edge.isEmpty()) {
                            edges.add(Double.parseDouble(edge));
                        }
                    }
                } catch (NumberFormatException e) {
                    throw new DataException(language.text("prepare.error.edges", column, text), e);
                }
                if (edges.isEmpty()) {
                    throw new DataException(language.text("prepare.error.edges", column, text));
                }
                return new Bucketing(edges, 0);
            }
            case QUANTILES -> {
                try {
                    return Bucketing.quantiles(Integer.parseInt(text));
                } catch (NumberFormatException e) {
                    throw new DataException(language.text("prepare.error.bins", column, text), e);
                }
            }
            default -> {
                return null;
            }
        }
    }

    private void report(Consumer<PrepRow> listener) {
        if (!loading) {
            listener.accept(this);
        }
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
