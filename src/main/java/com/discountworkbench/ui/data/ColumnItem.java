package com.discountworkbench.ui.data;

import com.discountworkbench.data.ColumnProfile;
import com.discountworkbench.data.ColumnProfiler;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.ValueCount;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One row of the column list: the column's profile and its current role, which changes in place. */
public final class ColumnItem {
    private final ColumnProfile profile;
    private final ReadOnlyObjectWrapper<ColumnRole> role;

    ColumnItem(ColumnProfile profile, ColumnRole role) {
        this.profile = profile;
        this.role = new ReadOnlyObjectWrapper<>(role);
    }

    public String name() {
        return profile.name();
    }

    public ColumnType type() {
        return profile.type();
    }

    public int missing() {
        return profile.missing();
    }

    public int distinct() {
        return profile.distinct();
    }

    /** Smallest and largest value of a numeric column, or the most frequent values of a text column. */
    public String values() {
        if (profile.min() != null) {
            return ColumnProfiler.formatValue(profile.type(), profile.min()) + " – "
                    + ColumnProfiler.formatValue(profile.type(), profile.max());
        }
        return profile.top().stream().map(ValueCount::value).collect(Collectors.joining(", "));
    }

    public ReadOnlyObjectProperty<ColumnRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    void showRole(ColumnRole newRole) {
        role.set(newRole);
    }
}
