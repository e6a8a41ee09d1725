package com.discountworkbench.ui.session;

import com.discountworkbench.data.ColumnProfile;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityChecks;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives columns of a loaded dataset new roles, keeping its quality report consistent: profiles carry the new roles
 * and the role-dependent warnings (missing label, leakage, duplicate ids…) are checked again. The reader's own
 * findings (rejected rows, odd headers) stay as they were.
 */
public final class RoleAssignment {
    /** Roles at most one column can have: giving one to a column takes it from the column that had it. */
    public static final Set<ColumnRole> SINGLE_ROLES = EnumSet.of(ColumnRole.ID, ColumnRole.LABEL, ColumnRole.TREATMENT,
            ColumnRole.VALUE, ColumnRole.MARGIN);

    /** The warnings {@link QualityChecks} derives from values and roles; everything else comes from reading. */
    private static final Set<QualityWarning.Kind> ROLE_DEPENDENT = EnumSet.of(QualityWarning.Kind.MISSING_ROLE,
            QualityWarning.Kind.CONSTANT_COLUMN, QualityWarning.Kind.MOSTLY_MISSING, QualityWarning.Kind.DUPLICATE_IDS,
            QualityWarning.Kind.LEAKAGE, QualityWarning.Kind.CLASS_IMBALANCE);

    private RoleAssignment() {
    }

    /**
     * @param changes new roles by column name; names the data does not have are skipped (roles remembered for
     *                another reading of the file may name columns that are gone)
     * @return the same data with the new roles; a column that held a single role given to another column is ignored
     *         from now on (rather than becoming a feature: a displaced label or spend would leak the outcome)
     */
    public static LoadedDataset apply(LoadedDataset loaded, Map<String, ColumnRole> changes) {
        Dataset data = loaded.dataset();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        changes.forEach((column, role) -> {
            if (data.find(column).isPresent()) {
                roles.put(column, role);
            }
        });
        for (Map.Entry<String, ColumnRole> change : List.copyOf(roles.entrySet())) {
            if (SINGLE_ROLES.contains(change.getValue())) {
                for (String holder : data.columnsWithRole(change.getValue())) {
                    roles.putIfAbsent(holder, ColumnRole.IGNORE);
                }
            }
        }
        if (roles.entrySet().stream().allMatch(role -> data.role(role.getKey()) == role.getValue())) {
            return loaded;
        }
        Dataset changed = data.withRoles(roles);
        QualityReport report = loaded.report();
        List<ColumnProfile> profiles = report.columns().stream()
                .map(profile -> profile.withRole(changed.role(profile.name()))).toList();
        List<QualityWarning> warnings = new ArrayList<>();
        report.warnings().stream().filter(warning -> !ROLE_DEPENDENT.contains(warning.kind())).forEach(warnings::add);
        warnings.addAll(QualityChecks.warnings(changed, profiles));
        return new LoadedDataset(changed, new QualityReport(report.rows(), profiles, report.rejectedCount(),
                report.rejected(), report.blankLines(), warnings, report.roleGuesses()));
    }
}
