package com.discountworkbench.policy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.prep.FittedColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.RateTreatment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A campaign's outcomes rewritten in the model's training schema (its id, feature, treatment, margin, label
 * and value columns under the names the model was trained with), so the model can score them and the
 * analyst can retrain on them.
 *
 * @param training the outcome rows in the training schema, all rows, in file order
 * @param holdout  per row, whether the customer was in the randomized control group; null without that column
 * @param notes    how columns were matched
 */
public record CampaignOutcomes(Dataset training, boolean[] holdout, List<String> notes) {
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "y", "t", "1", "holdout", "control");

    public CampaignOutcomes {
        notes = List.copyOf(notes);
    }

    public static CampaignOutcomes from(FittedPreprocessor prep, Dataset outcomes, OutcomeColumns names) {
        if (!prep.hasTreatment() || prep.labelColumn() == null || prep.valueColumn() == null) {
            throw new DataException("Feedback needs a model trained with a treatment, a purchase and a spend column;"
                    + " this one lacks " + (!prep.hasTreatment() ? "the treatment" : prep.labelColumn() == null
                    ? "the purchase label" : "the spend") + ". Retrain it with that column.");
        }
        List<String> notes = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        if (prep.idColumn() != null && outcomes.find(prep.idColumn()).isPresent()) {
            add(columns, roles, outcomes.column(prep.idColumn()), prep.idColumn(), ColumnRole.ID);
        }
        for (FittedColumn feature : prep.columns()) {
            outcomes.find(feature.column()).ifPresentOrElse(
                    column -> add(columns, roles, column, feature.column(), ColumnRole.FEATURE),
                    () -> missing.add(feature.column()));
        }
        if (!missing.isEmpty()) {
            throw new DataException("The outcomes file lacks columns the model needs as features: "
                    + String.join(", ", missing) + ". Join the customer columns to the outcomes first.");
        }
        String treatmentName = prep.treatment().column();
        Column offered = treatmentColumn(prep, outcomes, names.treatment(), notes);
        add(columns, roles, offered, treatmentName, ColumnRole.TREATMENT);
        if (prep.marginColumn() != null && outcomes.find(prep.marginColumn()).isPresent()) {
            add(columns, roles, outcomes.column(prep.marginColumn()), prep.marginColumn(), ColumnRole.MARGIN);
        }
        add(columns, roles, outcome(outcomes, names.label(), prep.labelColumn(), "whether the customer bought",
                "--label"), prep.labelColumn(), ColumnRole.LABEL);
        add(columns, roles, outcome(outcomes, names.value(), prep.valueColumn(), "what the customer paid",
                "--value"), prep.valueColumn(), ColumnRole.VALUE);
        Dataset training = new Dataset(outcomes.source(), columns, roles);
        return new CampaignOutcomes(training, holdout(outcomes, names.holdout()), notes);
    }

    private static void add(List<Column> columns, Map<String, ColumnRole> roles, Column column, String name,
                            ColumnRole role) {
        columns.add(column.name().equals(name) ? column : column.withName(name));
        roles.put(name, role);
    }

    /**
     * The offered treatment: the named column, else the model's treatment column, else the export's
     * recommendation column. The export writes rates as fractions; a model trained on percentages gets
     * them converted.
     */
    private static Column treatmentColumn(FittedPreprocessor prep, Dataset outcomes, String chosen, List<String> notes) {
        String name = chosen;
        if (name == null) {
            name = firstPresent(outcomes, prep.treatment().column(), OutcomeColumns.EXPORT_DISCOUNT,
                    OutcomeColumns.EXPORT_OFFER);
            if (name == null) {
                throw new DataException("The outcomes file has no column with the offered treatment ('"
                        + prep.treatment().column() + "' or '" + OutcomeColumns.EXPORT_DISCOUNT + "'). Name it with "
                        + "--treatment COL.");
            }
        }
        Column column = outcomes.column(name);
        if (!name.equals(prep.treatment().column())) {
            notes.add("The offered treatment is read from column '" + name + "'.");
        }
        boolean percentModel = prep.treatment() instanceof RateTreatment rate && rate.percent();
        if (percentModel && name.equals(OutcomeColumns.EXPORT_DISCOUNT) && column instanceof NumericColumn rates) {
            float[] percent = new float[rates.size()];
            for (int row = 0; row < percent.length; row++) {
                percent[row] = rates.get(row) * 100;
            }
            notes.add("The exported rates were converted to percentages, as the model was trained on.");
            return new NumericColumn(name, ColumnType.DECIMAL, percent);
        }
        return column;
    }

    private static Column outcome(Dataset outcomes, String chosen, String modelColumn, String what, String option) {
        String name = chosen != null ? chosen : outcomes.find(modelColumn).isPresent() ? modelColumn : null;
        if (name == null) {
            throw new DataException("The outcomes file has no column saying " + what + " ('" + modelColumn
                    + "'). Name it with " + option + " COL.");
        }
        return outcomes.column(name);
    }

    private static boolean[] holdout(Dataset outcomes, String chosen) {
        String name = chosen != null ? chosen : firstPresent(outcomes, OutcomeColumns.EXPORT_HOLDOUT);
        if (name == null) {
            return null;
        }
        Column column = outcomes.column(name);
        boolean[] flags = new boolean[column.size()];
        for (int row = 0; row < flags.length; row++) {
            flags[row] = column instanceof NumericColumn numbers ? numbers.get(row) != 0 && !numbers.isMissing(row)
                    : TRUE_WORDS.contains(((CategoricalColumn) column).display(row).strip().toLowerCase(Locale.ROOT));
        }
        return flags;
    }

    private static String firstPresent(Dataset data, String... names) {
        for (String name : names) {
            if (data.find(name).isPresent()) {
                return name;
            }
        }
        return null;
    }
}
