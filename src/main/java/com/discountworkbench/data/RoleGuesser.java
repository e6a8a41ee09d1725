package com.discountworkbench.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Guesses what each column means from its name and its values, and says why. At most one column gets each
 * of ID, LABEL, TREATMENT, VALUE and MARGIN; outcomes other than the purchase are ignored so they cannot leak
 * into the purchase model.
 */
public final class RoleGuesser {
    private static final int MAX_TREATMENT_LEVELS = 20;

    private final Dataset data;
    private final List<ColumnProfile> profiles;
    private final Map<String, RoleGuess> guesses = new HashMap<>();

    private RoleGuesser(Dataset data, List<ColumnProfile> profiles) {
        this.data = data;
        this.profiles = profiles;
    }

    /** One guess per column, in column order. */
    public static List<RoleGuess> guess(Dataset data, List<ColumnProfile> profiles) {
        return new RoleGuesser(data, profiles).run();
    }

    private List<RoleGuess> run() {
        for (ColumnProfile p : profiles) {
            if (p.distinct() <= 1) {
                decide(p, ColumnRole.IGNORE, p.distinct() == 0 ? "no values" : "the same value in every row");
            }
        }
        best(p -> (p.type() == ColumnType.ID ? 1 : 0) + (ColumnVocabulary.isIdName(p.name()) && mostlyUnique(p) ? 1 : 0))
                .ifPresent(p -> decide(p, ColumnRole.ID, "identifier: name '" + p.name() + "' and "
                        + count(p.distinct()) + " distinct values"));
        Optional<ColumnProfile> label = best(p -> LabelAgreement.isBinary(p) && ColumnVocabulary.labelWordRank(p.name()) >= 0
                ? 100 - ColumnVocabulary.labelWordRank(p.name()) : 0);
        label.ifPresent(p -> decide(p, ColumnRole.LABEL, "purchase label: the name says so and the values are 0/1 ("
                + count(Math.round(p.mean() * (data.rowCount() - p.missing()))) + " of " + count(data.rowCount()
                - p.missing()) + " are 1)"));
        for (ColumnProfile p : undecided()) {
            if (ColumnVocabulary.isPostOutcomeName(p.name())) {
                decide(p, ColumnRole.IGNORE, "an outcome recorded after the offer; as a model input it would leak"
                        + " the purchase");
            }
        }
        best(this::treatmentScore).ifPresent(p -> decide(p, ColumnRole.TREATMENT, treatmentReason(p)));
        best(p -> ColumnVocabulary.isMarginName(p.name()) && isRate(p) ? 1 : 0)
                .ifPresent(p -> decide(p, ColumnRole.MARGIN, "gross margin rate: the name says margin and the values"
                        + " lie in " + range(p)));
        guessValue(label);
        for (ColumnProfile p : undecided()) {
            if (p.type() == ColumnType.TEXT) {
                decide(p, ColumnRole.IGNORE, "free text (" + count(p.distinct()) + " distinct values), not a model input");
            } else if (p.type() == ColumnType.ID) {
                decide(p, ColumnRole.IGNORE, "another identifier");
            } else {
                decide(p, ColumnRole.FEATURE, "describes the customer before the offer");
            }
        }
        List<RoleGuess> ordered = new ArrayList<>();
        profiles.forEach(p -> ordered.add(guesses.get(p.name())));
        return ordered;
    }

    private void guessValue(Optional<ColumnProfile> label) {
        Optional<ColumnProfile> byName = best(p -> isAmount(p) && ColumnVocabulary.isValueName(p.name())
                ? ColumnVocabulary.treatmentScore(p.name()) == 0 ? 2 : 1 : 0);
        if (byName.isPresent()) {
            decide(byName.get(), ColumnRole.VALUE, "what the customer spent: the name says so and the values are"
                    + " amounts in " + range(byName.get()));
            return;
        }
        if (label.isEmpty()) {
            return;
        }
        NumericColumn labelColumn = (NumericColumn) data.column(label.get().name());
        best(p -> isAmount(p) && LabelAgreement.nonzeroOnlyForBuyers((NumericColumn) data.column(p.name()), labelColumn)
                ? 1 : 0)
                .ifPresent(p -> decide(p, ColumnRole.VALUE, "what the customer spent: nonzero only for buyers"));
    }

    private int treatmentScore(ColumnProfile p) {
        int score = ColumnVocabulary.treatmentScore(p.name());
        boolean fewLevels = p.distinct() >= 2 && p.distinct() <= MAX_TREATMENT_LEVELS;
        boolean rateOrLabel = p.type() == ColumnType.CATEGORICAL || isRate(p);
        return fewLevels && rateOrLabel ? score : 0;
    }

    private String treatmentReason(ColumnProfile p) {
        if (p.type() == ColumnType.CATEGORICAL) {
            return "offer received: the name says so and there are " + p.distinct() + " named offers";
        }
        return "discount rate offered: the name says so and there are " + p.distinct() + " rates in " + range(p);
    }

    private boolean mostlyUnique(ColumnProfile p) {
        return p.distinct() >= 0.9 * (data.rowCount() - p.missing());
    }

    private static boolean isRate(ColumnProfile p) {
        return p.type().isNumeric() && p.type() != ColumnType.DATE && p.min() != null && p.min() >= -1 && p.max() <= 1;
    }

    private static boolean isAmount(ColumnProfile p) {
        boolean numeric = p.type() == ColumnType.DECIMAL || p.type() == ColumnType.INTEGER;
        return numeric && !LabelAgreement.isBinary(p) && p.min() != null && p.min() >= 0;
    }

    /** The undecided column with the highest positive score; file order breaks ties. */
    private Optional<ColumnProfile> best(ToIntFunction<ColumnProfile> score) {
        return undecided().stream().filter(p -> score.applyAsInt(p) > 0)
                .max(Comparator.comparingInt(score).thenComparingInt(p -> -profiles.indexOf(p)));
    }

    private List<ColumnProfile> undecided() {
        return profiles.stream().filter(p -> !guesses.containsKey(p.name())).toList();
    }

    private void decide(ColumnProfile p, ColumnRole role, String reason) {
        guesses.put(p.name(), new RoleGuess(p.name(), role, reason));
    }

    private static String range(ColumnProfile p) {
        return String.format(Locale.ROOT, "%s..%s", ColumnProfiler.formatNumber(p.min()),
                ColumnProfiler.formatNumber(p.max()));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
