package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trained model applied to a customer file: the {@link PolicyProblem} the optimizer works on, with what
 * the exports and the history comparisons need beside it. Customer i of the problem is scored customer i of
 * {@link #scored}.
 *
 * @param problem        predicted responses at every grid level, the offers' economics, margins and segments
 * @param scored         the file's rows the model can score (rows the preprocessing drops are left out)
 * @param observedLevels per customer, the grid index of the treatment the file records (-1 when missing or
 *                       off the grid); null when the file has no treatment column
 * @param notes          things the analyst should know about how the file was read (dropped rows, extrapolation)
 */
public record PolicyInputs(PolicyProblem problem, PolicyCustomers scored, int[] observedLevels,
                           List<String> notes) {

    public PolicyInputs {
        notes = List.copyOf(notes);
    }

    /**
     * Checks the settings against the model and the file (before the slow scoring), then scores every
     * customer at every level of the grid.
     */
    public static PolicyInputs prepare(DiscountModel model, Dataset target, PolicySettings settings,
                                       TaskMonitor monitor) {
        FittedPreprocessor prep = model.preprocessing();
        if (!prep.hasTreatment()) {
            throw new DataException("The model was trained without a treatment column, so it cannot compare "
                    + "discounts. Retrain it with the column that holds the discount or offer each customer got.");
        }
        List<String> notes = new ArrayList<>();
        List<TreatmentLevel> grid = grid(prep, settings, notes);
        OfferGrid offers = offerGrid(prep, grid, settings.offers());
        PolicyCustomers scored = PolicyCustomers.of(model, target);
        if (scored.customers() == 0) {
            throw new DataException("The customer file has no rows the model can score.");
        }
        if (scored.customers() < target.rowCount()) {
            notes.add(String.format(Locale.ROOT, "%,d of %,d rows were left out: a column the model drops rows "
                    + "for is empty there.", target.rowCount() - scored.customers(), target.rowCount()));
        }
        MarginSource margin = marginSource(prep, target, settings);
        CustomerEconomics economics = scored.economics(margin);
        Segments segments = scored.segments(settings.segmentColumn());
        ResponseMatrix responses = ResponseScorer.score(model, target, grid, monitor);
        PolicyProblem problem = new PolicyProblem(responses, offers, economics, segments);
        return new PolicyInputs(problem, scored, scored.observedLevels(grid), notes);
    }

    /** The scored rows of the customer file. */
    public Dataset customers() {
        return scored.scoredData();
    }

    /** The customer id column of the scored rows; null when the file has none (rows are numbered). */
    public Column ids() {
        return scored.ids();
    }

    /** Whether the file records the treatment each customer got. */
    public boolean hasObservedTreatment() {
        return observedLevels != null;
    }

    /**
     * One margin rate for everyone when set; otherwise the chosen margin column, else the model's margin column
     * when the file has it. A row without a margin rate is an error: the analyst named no rate to fill it with.
     */
    private static MarginSource marginSource(FittedPreprocessor prep, Dataset customers, PolicySettings settings) {
        if (settings.marginRate() != null) {
            return MarginSource.uniform(settings.marginRate());
        }
        String name = settings.marginColumn();
        if (name == null) {
            name = prep.marginColumn();
            if (name == null || customers.find(name).isEmpty()) {
                throw new DataException(missingMarginMessage(prep, customers));
            }
        }
        return MarginSource.column(name, Double.NaN);
    }

    private static String missingMarginMessage(FittedPreprocessor prep, Dataset customers) {
        String why = prep.marginColumn() == null
                ? "the model was trained without a margin column"
                : "the customer file has no column '" + prep.marginColumn() + "' (the model's margin column)";
        return "Profit needs each customer's gross margin rate, but " + why + ". Give one rate for everyone "
                + "(--margin-rate 0.35 for 35 %) or name the column that holds it (--margin-column COL; columns "
                + "are: " + String.join(", ", customers.columns().stream().map(Column::name).toList()) + ").";
    }

    /** The model's levels, or the analyst's rates for a discount-rate treatment. */
    private static List<TreatmentLevel> grid(FittedPreprocessor prep, PolicySettings settings, List<String> notes) {
        List<TreatmentLevel> trained = prep.treatmentLevels();
        if (settings.levels() == null) {
            return trained;
        }
        if (trained.stream().anyMatch(TreatmentLevel::isNamed)) {
            throw new DataException("Discount levels can only be set for a discount-rate treatment; this model's "
                    + "treatment is named offers (" + names(trained) + "). Set their discount and cost per offer "
                    + "instead.");
        }
        double largest = trained.stream().mapToDouble(TreatmentLevel::rate).max().orElse(0);
        List<TreatmentLevel> grid = settings.levels().stream().map(TreatmentLevel::discount).toList();
        List<String> beyond = grid.stream().filter(level -> level.rate() > largest + 1e-9)
                .map(TreatmentLevel::name).toList();
        if (!beyond.isEmpty()) {
            notes.add("Levels " + String.join(", ", beyond) + " lie beyond the largest discount in the training "
                    + "data (" + TreatmentLevel.discount(largest).name() + "): predictions there are extrapolations.");
        }
        return grid;
    }

    /**
     * Each level's economics. A discount level may be named as in the grid ("0.15") or as a rate ("15%");
     * named offers are measured against the model's no-offer level.
     */
    private static OfferGrid offerGrid(FittedPreprocessor prep, List<TreatmentLevel> grid, List<OfferEconomics> offers) {
        boolean named = grid.stream().anyMatch(TreatmentLevel::isNamed);
        List<OfferEconomics> settings = named ? offers : offers.stream().map(PolicyInputs::byRateName).toList();
        OfferGrid offerGrid = OfferGrid.of(grid, settings);
        String noOffer = prep.noTreatmentLevel().name();
        if (named && grid.stream().anyMatch(level -> level.name().equals(noOffer))) {
            return offerGrid.withBaseline(noOffer);
        }
        return offerGrid;
    }

    /** "15%", "0.150" and "0.15" all name the grid level "0.15". */
    private static OfferEconomics byRateName(OfferEconomics offer) {
        String text = offer.level().strip();
        boolean percent = text.endsWith("%");
        try {
            double rate = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            String level = TreatmentLevel.discount(percent ? rate / 100 : rate).name();
            return new OfferEconomics(level, offer.discountRate(), offer.fixedCost());
        } catch (NumberFormatException notARate) {
            return offer;
        }
    }

    private static String names(List<TreatmentLevel> levels) {
        return String.join(", ", levels.stream().map(TreatmentLevel::name).toList());
    }
}
