package com.discountworkbench.ui.session;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityAssessor;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives columns of a loaded dataset new roles the way the analyst expects in the workbench: roles remembered for
 * columns the data does not have are skipped, and a single role (label, treatment…) given to one column is taken
 * from the column that had it. {@link QualityAssessor#withRoles} keeps the quality report consistent.
 */
public final class RoleAssignment {
    /** Roles at most one column can have. */
    public static final Set<ColumnRole> SINGLE_ROLES = EnumSet.of(ColumnRole.ID, ColumnRole.LABEL, ColumnRole.TREATMENT,
            ColumnRole.VALUE, ColumnRole.MARGIN);

    private RoleAssignment() {
    }

    /**
     * @param changes new roles by column name; names the data does not have are skipped (roles remembered for
     *                another reading of the file may name columns that are gone)
     * @return the same data with the new roles (the same object when nothing changes); a column that held a single
     *         role given to another column is ignored from now on (rather than becoming a feature: a displaced label
     *         or spend would leak the outcome)
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
        roles.entrySet().removeIf(role -> data.role(role.getKey()) == role.getValue());
        return roles.isEmpty() ? loaded : QualityAssessor.withRoles(loaded, roles);
    }
}
