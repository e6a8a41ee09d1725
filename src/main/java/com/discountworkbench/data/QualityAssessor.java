package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns freshly read columns into a {@link LoadedDataset}: profiles, guessed roles, the analyst's overrides, warnings. */
public final class QualityAssessor {
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
        List<RoleGuess> guesses = new ArrayList<>();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (RoleGuess guess : RoleGuesser.guess(data, profiles)) {
            ColumnRole chosen = overrides.get(guess.column());
            if (chosen != null && chosen != guess.role()) {
                guess = new RoleGuess(guess.column(), chosen, "set by you (guessed " + guess.role() + ": "
                        + guess.reason() + ")");
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
}
