package com.discountworkbench.prep;

import com.discountworkbench.json.Json;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analyst's preprocessing choices, per column in file order, as plain data (JSON). Columns of the data
 * that the spec does not list are not used. Class balance for the label is a model choice, not here.
 *
 * @param columns            choices per column name, in file order
 * @param positiveLabel      the label value that means "bought" for a text label; null to recognise yes/true/1
 * @param noTreatmentLevel   the named offer that means "no offer"; null to pick a level named like "No E-Mail"
 *                           (else the most frequent). A numeric treatment's no-discount level is always rate 0
 * @param treatmentInPercent the numeric treatment column holds percentages (15 for 15 %)
 */
public record PrepSpec(Map<String, ColumnSpec> columns, String positiveLabel, String noTreatmentLevel,
                       boolean treatmentInPercent) {

    public PrepSpec {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns == null ? Map.of() : columns));
    }

    /**
     * Sensible choices from the column types and roles: numbers median-filled and standard-scaled (log1p
     * first when heavily right-skewed), categories one-hot with at most 20 levels plus "other", booleans
     * as 0/1, dates as scaled day numbers, identifiers and free text ignored. The only data-driven choices
     * (skewness, missing indicators, percent treatment) read the given rows, so pass the training split
     * when the spec must not see the test rows at all.
     */
    public static PrepSpec defaults(Dataset data) {
        return SpecDefaults.of(data);
    }

    public Optional<ColumnSpec> find(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    /** Names of the columns with the given role, in file order. */
    public List<String> columnsWithRole(ColumnRole role) {
        List<String> names = new ArrayList<>();
        columns.forEach((name, spec) -> {
            if (spec.role() == role) {
                names.add(name);
            }
        });
        return names;
    }

    /** The same spec with one column's choices replaced (or added at the end). */
    public PrepSpec withColumn(String column, ColumnSpec spec) {
        Map<String, ColumnSpec> changed = new LinkedHashMap<>(columns);
        changed.put(column, spec);
        return new PrepSpec(changed, positiveLabel, noTreatmentLevel, treatmentInPercent);
    }

    public PrepSpec withPositiveLabel(String label) {
        return new PrepSpec(columns, label, noTreatmentLevel, treatmentInPercent);
    }

    public PrepSpec withNoTreatmentLevel(String level) {
        return new PrepSpec(columns, positiveLabel, level, treatmentInPercent);
    }

    public PrepSpec withTreatmentInPercent(boolean percent) {
        return new PrepSpec(columns, positiveLabel, noTreatmentLevel, percent);
    }

    public String toJson() {
        return Json.write(this);
    }

    /** @throws com.discountworkbench.data.DataException when the text is not a valid spec */
    public static PrepSpec fromJson(String json) {
        return Json.read(json, PrepSpec.class, "preprocessing settings");
    }
}
