package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Turns freshly read columns into a {@link LoadedDataset}: profiles, guessed roles, the analyst's overrides, warnings. */
public final class QualityAssessor {
    /** Roles that at most one column can have. */
    private static final Set<ColumnRole> SINGLE_ROLES = EnumSet.of(ColumnRole.ID, ColumnRole.LABEL,
            ColumnRole.TREATMENT, ColumnRole.VALUE, ColumnRole.MARGIN);

    private QualityAssessor() {
    }

    /**
     * @param data      the columns as read (roles are ignored)
     * @param overrides roles the analyst set; a name that is not a column is a {@link DataException}
     * @param findings  what the reader found
     */
    public static LoadedDataset assess(Dataset data, Map<String, ColumnRole> overrides, ReadFindings findings) {
        for (String name : overrides.keySet()) {
            data.column(name);
        }
        List<ColumnProfile> profiles = ColumnProfiler.profile(data);
        Map<ColumnRole, String> claimed = claimedSingleRoles(overrides);
        List<RoleGuess> guesses = new ArrayList<>();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (RoleGuess guess : RoleGuesser.guess(data, profiles)) {
            ColumnRole chosen = overrides.get(guess.column());
            String owner = claimed.get(guess.role());
            if (chosen != null && chosen != guess.role()) {
                guess = new RoleGuess(guess.column(), chosen, "set by you (guessed " + guess.role() + ": "
                        + guess.reason() + ")");
            } else if (chosen == null && owner != null) {
                // Ignored rather than made a feature: a displaced label or spend column would leak the outcome.
                guess = new RoleGuess(guess.column(), ColumnRole.IGNORE, "ignored because you made '" + owner
                        + "' the " + guess.role().name().toLowerCase(Locale.ROOT) + " (guessed " + guess.role()
                        + ": " + guess.reason() + ")");
            }
            guesses.add(guess);
            roles.put(guess.column(), guess.role());
        }
        Dataset withRoles = data.withRoles(roles);
        List<ColumnProfile> finalProfiles = profiles.stream().map(p -> p.withRole(roles.get(p.name()))).toList();
        List<QualityWarning> warnings = new ArrayList<>(findings.warnings());
        warnings.addAll(QualityChecks.warnings(withRoles, finalProfiles));
        QualityReport report = new QualityReport(withRoles.rowCount(), finalProfiles, findings.rejectedCount(),
                findings.rejected(), findings.blankLines(), warnings, guesses);
        return new LoadedDataset(withRoles, report);
    }

    /** For each single role the analyst gave a column: that column's name. */
    private static Map<ColumnRole, String> claimedSingleRoles(Map<String, ColumnRole> overrides) {
        Map<ColumnRole, String> claimed = new EnumMap<>(ColumnRole.class);
        overrides.forEach((column, role) -> {
            if (SINGLE_ROLES.contains(role)) {
                claimed.putIfAbsent(role, column);
            }
        });
        return claimed;
    }
}
