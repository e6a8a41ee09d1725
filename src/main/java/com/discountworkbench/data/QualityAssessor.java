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
    /** Warnings about how the file was read; they stay when the roles change. */
    private static final Set<QualityWarning.Kind> READER_KINDS = EnumSet.of(QualityWarning.Kind.DUPLICATE_HEADER,
            QualityWarning.Kind.EMPTY_HEADER, QualityWarning.Kind.REJECTED_ROWS, QualityWarning.Kind.READ_AS_TEXT,
            QualityWarning.Kind.INVALID_TEXT);

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

    /**
     * The same data with roles the analyst changed later (in the UI): the guesses of the changed columns say so
     * and the role-dependent warnings (leakage, imbalance, missing label) are worked out again.
     */
    public static LoadedDataset withRoles(LoadedDataset loaded, Map<String, ColumnRole> changes) {
        Dataset data = loaded.dataset().withRoles(changes);
        QualityReport old = loaded.report();
        List<ColumnProfile> profiles = old.columns().stream().map(p -> p.withRole(data.role(p.name()))).toList();
        List<RoleGuess> guesses = old.roleGuesses().stream().map(g -> changes.containsKey(g.column())
                && changes.get(g.column()) != g.role() ? new RoleGuess(g.column(), changes.get(g.column()),
                "set by you (was " + g.role() + ": " + g.reason() + ")") : g).toList();
        List<QualityWarning> warnings = new ArrayList<>(old.warnings().stream()
                .filter(w -> READER_KINDS.contains(w.kind())).toList());
        warnings.addAll(QualityChecks.warnings(data, profiles));
        return new LoadedDataset(data, new QualityReport(old.rows(), profiles, old.rejectedCount(), old.rejected(),
                old.blankLines(), warnings, guesses));
    }
}
