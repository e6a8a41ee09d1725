package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.FittedPreprocessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which columns of a campaign-outcomes file hold the customer id, the treatment offered, whether they bought,
 * what they paid, and (optionally) whether they were in the control group. The model's own column names win
 * (an outcomes file usually reuses the training file's names), then the names the policy export writes, then
 * the reader's role guesses.
 *
 * @param id      the customer id; "row" for files that number customers instead
 * @param offered the discount rate or offer name each customer was sent
 * @param bought  0/1, yes/no or true/false
 * @param spend   the amount paid (net of the discount); empty for non-buyers
 * @param holdout true for control-group customers; null when the file has no such column
 */
public record OutcomeColumns(String id, String offered, String bought, String spend, String holdout) {
    /** The column the policy export numbers customers in when the data has no id. */
    static final String ROW_NUMBER = "row";
    private static final List<String> EXPORT_OFFER_COLUMNS = List.of("recommended_discount", "recommended_offer");
    private static final Set<String> HOLDOUT_NAMES = Set.of("holdout", "control", "is_holdout", "is_control",
            "control_group", "holdout_group", "对照组");

    public static OutcomeColumns detect(Dataset outcomes, FittedPreprocessor prep) {
        String id = modelColumn(outcomes, prep.idColumn())
                .or(() -> roleColumn(outcomes, ColumnRole.ID))
                .or(() -> modelColumn(outcomes, ROW_NUMBER))
                .orElseThrow(() -> missing(outcomes, "the customer id", prep.idColumn()));
        String treatment = prep.hasTreatment() ? prep.treatment().column() : null;
        String offered = modelColumn(outcomes, treatment)
                .or(() -> EXPORT_OFFER_COLUMNS.stream().filter(name -> outcomes.find(name).isPresent()).findFirst())
                .or(() -> roleColumn(outcomes, ColumnRole.TREATMENT))
                .orElseThrow(() -> missing(outcomes, "the discount or offer each customer was sent", treatment));
        String bought = modelColumn(outcomes, prep.labelColumn())
                .or(() -> roleColumn(outcomes, ColumnRole.LABEL))
                .orElseThrow(() -> missing(outcomes, "whether the customer bought", prep.labelColumn()));
        String spend = modelColumn(outcomes, prep.valueColumn())
                .or(() -> roleColumn(outcomes, ColumnRole.VALUE))
                .orElseThrow(() -> missing(outcomes, "what the customer paid", prep.valueColumn()));
        String holdout = outcomes.columns().stream().map(Column::name)
                .filter(name -> HOLDOUT_NAMES.contains(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst().orElse(null);
        return new OutcomeColumns(id, offered, bought, spend, holdout);
    }

    private static Optional<String> modelColumn(Dataset outcomes, String name) {
        return name == null ? Optional.empty() : outcomes.find(name).map(Column::name);
    }

    private static Optional<String> roleColumn(Dataset outcomes, ColumnRole role) {
        return outcomes.columnWithRole(role).map(Column::name);
    }

    private static DataException missing(Dataset outcomes, String what, String modelName) {
        String expected = modelName == null ? "" : " (the model calls it '" + modelName + "')";
        return new DataException("The outcomes file has no column for " + what + expected + ". Its columns are: "
                + String.join(", ", outcomes.columns().stream().map(Column::name).toList())
                + ". Rename the column or set its role when importing.", outcomes.source().file(), -1, null, null);
    }
}
