package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.PrepSpec;
import java.util.List;
import java.util.Map;

/**
 * Keeps preprocessing choices in step with the data's roles: a column whose role changed gets the default choices
 * for its new role; every other column keeps what the analyst chose (also where the defaults deliberately differ
 * from the data's role, e.g. free text the defaults leave out).
 */
public final class SpecAlignment {
    private SpecAlignment() {
    }

    /** Whether the spec lists exactly the data's columns (so it was made for this data). */
    public static boolean fits(PrepSpec spec, Dataset data) {
        return spec != null && List.copyOf(spec.columns().keySet())
                .equals(data.columns().stream().map(Column::name).toList());
    }

    /**
     * @param spec   the current choices, made for the data's columns
     * @param before the data the choices were made for
     * @param after  the same columns with some roles changed
     * @return the choices with the default choices for every column whose role changed
     */
    public static PrepSpec follow(PrepSpec spec, Dataset before, Dataset after) {
        PrepSpec aligned = spec;
        for (String name : spec.columns().keySet()) {
            ColumnRole role = after.role(name);
            if (before.role(name) != role) {
                aligned = withDefaults(aligned, after, name, role);
            }
        }
        return aligned;
    }

    /**
     * The default choices for one column in its new role. They come from that column alone, so this stays cheap
     * for a large file. The analyst's role wins over the defaults' (which ignore identifiers and free text).
     */
    private static PrepSpec withDefaults(PrepSpec spec, Dataset data, String name, ColumnRole role) {
        Dataset single = new Dataset(data.source(), List.of(data.column(name)), Map.of(name, role));
        PrepSpec defaults = PrepSpec.defaults(single);
        PrepSpec changed = spec.withColumn(name, defaults.columns().get(name).withRole(role));
        return role == ColumnRole.TREATMENT ? changed.withTreatmentInPercent(defaults.treatmentInPercent()) : changed;
    }
}
