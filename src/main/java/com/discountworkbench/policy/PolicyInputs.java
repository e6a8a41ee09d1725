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
 * the exports and the history comparisons need beside it. Customer i of the problem is row i of
 * {@link #customers}.
 *
 * @param problem        predicted responses at every grid level, the offers' economics, margins and segments
 * @param customers      the file's rows the model can score (rows the preprocessing drops are left out)
 * @param ids            the customer id column of those rows; null when the file has none (rows are numbered)
 * @param observedLevels per customer, the grid index of the treatment the file records (-1 when missing or
 *                       off the grid); null when the file has no treatment column
 * @param notes          things the analyst should know about how the file was read (dropped rows, extrapolation)
 */
public record PolicyInputs(PolicyProblem problem, Dataset customers, Column ids, int[] observedLevels,
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
        int[] kept = prep.keptRows(target);
        Dataset customers = kept.length == target.rowCount() ? target : target.select(kept);
        if (customers.rowCount() == 0) {
            throw new DataException("The customer file has no rows the model can score.");
        }
        if (kept.length < target.rowCount()) {
            notes.add(String.format(Locale.ROOT, "%,d of %,d rows were left out: a column the model drops rows "
                    + "for is empty there.", target.rowCount() - kept.length, target.rowCount()));
        }
        CustomerEconomics economics = CustomerColumns.economics(prep, customers, settings);
        Segments segments = CustomerColumns.segments(customers, settings.segmentColumn());
        ResponseMatrix responses = ResponseScorer.score(model, customers, grid, monitor);
        PolicyProblem problem = new PolicyProblem(responses, offers, economics, segments);
        int[] observed = customers.find(prep.treatment().column()).isPresent()
                ? prep.observedLevels(customers, grid) : null;
        return new PolicyInputs(problem, customers, CustomerColumns.ids(prep, customers), observed, notes);
    }

    /** Whether the file records the treatment each customer got. */
    public boolean hasObservedTreatment() {
        return observedLevels != null;
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
