package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A trained model with the analyst's {@link PolicySettings}, checked once (the grid and the offers' economics)
 * before any slow scoring, then scoring customers: a whole file ({@link PolicyInputs#prepare}) or, for a file
 * larger than memory, one chunk after another with the same grid, offers, margin source and segment rules. It
 * counts the rows the preprocessing leaves out, for the notes.
 */
public final class CustomerScorer {
    /** Why there is no policy when no row can be scored. */
    public static final String NO_CUSTOMERS = "The customer file has no rows the model can score.";

    private final DiscountModel model;
    private final PolicySettings settings;
    private final List<TreatmentLevel> grid;
    private final OfferGrid offers;
    private final List<String> gridNotes;
    private MarginSource margin;
    private long rows;
    private long kept;

    private CustomerScorer(DiscountModel model, PolicySettings settings, List<TreatmentLevel> grid, OfferGrid offers,
                           List<String> gridNotes) {
        this.model = model;
        this.settings = settings;
        this.grid = grid;
        this.offers = offers;
        this.gridNotes = gridNotes;
    }

    public static CustomerScorer of(DiscountModel model, PolicySettings settings) {
        FittedPreprocessor prep = model.preprocessing();
        if (!prep.hasTreatment()) {
            throw new DataException("The model was trained without a treatment column, so it cannot compare "
                    + "discounts. Retrain it with the column that holds the discount or offer each customer got.");
        }
        List<String> notes = new ArrayList<>();
        List<TreatmentLevel> grid = grid(prep, settings, notes);
        return new CustomerScorer(model, settings, grid, offerGrid(prep, grid, settings.offers()), notes);
    }

    public List<TreatmentLevel> grid() {
        return grid;
    }

    public OfferGrid offers() {
        return offers;
    }

    /** The rows of {@code rows} the model scores (a column set to drop rows is empty in the others). */
    public PolicyCustomers customers(Dataset rows) {
        PolicyCustomers customers = PolicyCustomers.of(model, rows);
        this.rows += rows.rowCount();
        this.kept += customers.customers();
        return customers;
    }

    /**
     * Scores customers (from {@link #customers}) at every level of the grid, with their margins and segments. The
     * margin source is settled on the first customers scored: the same columns follow in every chunk.
     */
    public PolicyChunk score(PolicyCustomers customers, TaskMonitor monitor) {
        if (margin == null) {
            margin = marginSource(model.preprocessing(), customers.data(), settings);
        }
        CustomerEconomics economics = customers.economics(margin);
        Segments segments = customers.segments(settings.segmentColumn());
        ResponseMatrix responses = ResponseScorer.score(model, customers.data(), grid, monitor);
        boolean byValue = settings.segmentColumn() != null
                && customers.data().column(settings.segmentColumn()) instanceof NumericColumn;
        return new PolicyChunk(new PolicyProblem(responses, offers, economics, segments), customers.ids(), byValue);
    }

    /** Scores the rows of one chunk of a file read in parts. */
    public PolicyChunk scoreChunk(Dataset rows, TaskMonitor monitor) {
        return score(customers(rows), monitor);
    }

    /** Things the analyst should know: levels beyond the training data, rows left out so far. */
    public List<String> notes() {
        List<String> notes = new ArrayList<>(gridNotes);
        if (kept < rows) {
            notes.add(String.format(Locale.ROOT, "%,d of %,d rows were left out: a column the model drops rows "
                    + "for is empty there.", rows - kept, rows));
        }
        return notes;
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
        List<OfferEconomics> settings = named ? offers : offers.stream().map(CustomerScorer::byRateName).toList();
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
