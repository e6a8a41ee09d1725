package com.discountworkbench.ui.simulate;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** One figure of the scenario on the Simulate screen: a title, the value, a line of context, and its tone. */
public final class KpiCard {

    /** The cards, in the order shown. */
    public enum Kind {
        CONVERSIONS, REVENUE, DISCOUNT_COST, GROSS_MARGIN, PROFIT, VS_NO_DISCOUNT, VS_BEST_UNIFORM;

        public String titleKey() {
            return "simulate.kpi." + name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether the value is good news, bad news or neither (increments are coloured, totals are not). */
    public enum Tone { NEUTRAL, GAIN, LOSS }

    private final Kind kind;
    private final ReadOnlyStringWrapper value = new ReadOnlyStringWrapper(this, "value", "–");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(this, "tone", Tone.NEUTRAL);

    KpiCard(Kind kind) {
        this.kind = kind;
    }

    void show(String newValue, String newDetail, Tone newTone) {
        value.set(newValue);
        detail.set(newDetail);
        tone.set(newTone);
    }

    public Kind kind() {
        return kind;
    }

    public ReadOnlyStringProperty valueProperty() {
        return value.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
