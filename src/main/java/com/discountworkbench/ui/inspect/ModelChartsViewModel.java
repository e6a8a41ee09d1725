package com.discountworkbench.ui.inspect;

import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.ModelReport.PurchaseQuality;
import com.discountworkbench.model.eval.LiftTable;
import com.discountworkbench.model.eval.PermutationImportance.FeatureImportance;
import com.discountworkbench.model.eval.RocCurve;
import com.discountworkbench.ui.common.ChartBar;
import com.discountworkbench.ui.common.ChartPoint;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How well the purchase model ranks and calibrates, from the test split of its training run: ROC curve with AUC,
 * predicted versus observed purchase rate, lift by decile, and the features the model relies on most.
 */
public final class ModelChartsViewModel {
    /** More bars than this make feature names unreadable; the rest matter little. */
    static final int MAX_FEATURES = 10;

    private final UiLanguage language;
    private final ObjectProperty<DiscountModel> model = new SimpleObjectProperty<>(this, "model");

    public ModelChartsViewModel(UiLanguage language) {
        this.language = language;
    }

    /** The model whose report is charted; changes when the analyst retrains. */
    public ObjectProperty<DiscountModel> modelProperty() {
        return model;
    }

    private PurchaseQuality quality() {
        DiscountModel current = model.get();
        return current == null || current.report() == null ? null : current.report().purchase();
    }

    /** True positive rate against false positive rate. */
    public List<ChartPoint> roc() {
        PurchaseQuality quality = quality();
        if (quality == null) {
            return List.of();
        }
        return quality.roc().points().stream().map(point -> new ChartPoint(point.falsePositiveRate(), point.truePositiveRate())).toList();
    }

    /** The diagonal of a model that ranks at random. */
    public List<ChartPoint> diagonal() {
        return List.of(new ChartPoint(0, 0), new ChartPoint(1, 1));
    }

    /** Perfect calibration (observed = predicted) over the range the bins cover, so it does not squash them. */
    public List<ChartPoint> perfectCalibration() {
        double top = calibration().stream().mapToDouble(point -> Math.max(point.x(), point.y())).max().orElse(1);
        return List.of(new ChartPoint(0, 0), new ChartPoint(top, top));
    }

    /** Observed purchase rate against the mean predicted probability, one point per bin. */
    public List<ChartPoint> calibration() {
        PurchaseQuality quality = quality();
        if (quality == null) {
            return List.of();
        }
        return quality.calibration().bins().stream()
                .map(bin -> new ChartPoint(bin.meanPredicted(), bin.observedRate())).toList();
    }

    /** Lift of each decile of predicted probability (1 = the 10 % the model likes best). */
    public List<ChartBar> lift() {
        PurchaseQuality quality = quality();
        if (quality == null) {
            return List.of();
        }
        return quality.lift().deciles().stream()
                .map(decile -> new ChartBar(language.formats().integer(decile.decile()), decile.lift())).toList();
    }

    /** AUC drop when the feature is shuffled, most important first (at most {@link #MAX_FEATURES}). */
    public List<ChartBar> importance() {
        PurchaseQuality quality = quality();
        if (quality == null) {
            return List.of();
        }
        List<ChartBar> bars = new ArrayList<>();
        for (FeatureImportance feature : quality.importance().stream().limit(MAX_FEATURES).toList()) {
            bars.add(new ChartBar(feature.feature(), feature.importance()));
        }
        // The chart draws its first category at the bottom; reversed, the most important feature is on top.
        Collections.reverse(bars);
        return bars;
    }

    /** "AUC 0.74 on 300 test customers". */
    public StringBinding rocCaption() {
        return Bindings.createStringBinding(() -> {
            PurchaseQuality quality = quality();
            if (quality == null) {
                return "";
            }
            RocCurve roc = quality.roc();
            return language.text("inspect.roc.caption", language.formats().decimal(roc.auc(), 3),
                    language.formats().integer(quality.metrics().rows()));
        }, model, language.property());
    }

    /** "Mean predicted 22.1 % · observed 22.3 %". */
    public StringBinding calibrationCaption() {
        return Bindings.createStringBinding(() -> {
            PurchaseQuality quality = quality();
            if (quality == null) {
                return "";
            }
            return language.text("inspect.calibration.caption",
                    language.formats().percent(quality.metrics().meanPredicted(), 1),
                    language.formats().percent(quality.metrics().positiveRate(), 1));
        }, model, language.property());
    }

    /** "The top 10 % buy 2.1 times as often as average". */
    public StringBinding liftCaption() {
        return Bindings.createStringBinding(() -> {
            PurchaseQuality quality = quality();
            if (quality == null || quality.lift().deciles().isEmpty()) {
                return "";
            }
            LiftTable.Decile first = quality.lift().deciles().get(0);
            return language.text("inspect.lift.caption", language.formats().decimal(first.lift(), 1));
        }, model, language.property());
    }
}
