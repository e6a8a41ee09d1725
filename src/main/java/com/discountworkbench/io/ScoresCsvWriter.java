package com.discountworkbench.io;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.prep.FeatureMatrix;
import com.discountworkbench.prep.FittedPreprocessor;
import com.discountworkbench.prep.TreatmentEncoding;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what the models predict for every customer of a file, one row per customer in input order: the id
 * (under the model's id column name when the file has that column, else {@code row} = 1-based row number),
 * {@code p_buy_observed} at the treatment in the file (only when the file has the treatment column),
 * {@code p_buy_none} at the model's no-discount / no-offer level, {@code p_buy_at_<level>} for each level
 * the model was trained on, {@code expected_spend} (if they buy, at the observed treatment when the file has
 * one, else at no treatment) and {@code expected_spend_at_<level>}. A model trained without a treatment gets
 * just {@code p_buy} and {@code expected_spend}. Rows that the preprocessing drops (a missing value in a
 * "drop row" column) keep their id with empty scores. Probabilities have 6 decimals, money 4.
 */
public final class ScoresCsvWriter {
    /** Customers whose observed-treatment features are in memory at once. */
    private static final int BLOCK_ROWS = 65_536;
    private static final int PROBABILITY_DECIMALS = 6;
    private static final int MONEY_DECIMALS = 4;

    /**
     * What was written.
     *
     * @param rows        customers in the file (= data rows written)
     * @param scoredRows  rows that got scores
     * @param columns     the header
     */
    public record Written(int rows, int scoredRows, List<String> columns) {
        public Written {
            columns = List.copyOf(columns);
        }
    }

    private final CsvExportFormat format;

    public ScoresCsvWriter(CsvExportFormat format) {
        this.format = format;
    }

    /** Scores every customer and writes the file atomically: completely or not at all. */
    public Written write(Path target, DiscountModel model, Dataset customers, TaskMonitor monitor) {
        ScoreLayout layout = ScoreLayout.of(model.preprocessing(), customers);
        checkObservedTreatment(model.preprocessing(), customers, layout);
        ResponseMatrix responses = layout.levels().isEmpty() ? null
                : ResponseScorer.score(model, customers, layout.grid(), monitor);
        int[] kept = model.preprocessing().keptRows(customers);
        try {
            AtomicFiles.writeText(target, StandardCharsets.UTF_8,
                    out -> writeRows(out, model, customers, layout, responses, kept, monitor));
        } catch (IOException e) {
            throw new DataException("Could not write the scores (" + e.getMessage() + "). Check that the folder "
                    + "exists and that you may write there.", target, -1, null, e);
        }
        return new Written(customers.rowCount(), kept.length, layout.header());
    }

    private void writeRows(Writer out, DiscountModel model, Dataset customers, ScoreLayout layout,
                           ResponseMatrix responses, int[] kept, TaskMonitor monitor) throws IOException {
        if (format.byteOrderMark()) {
            out.write('\uFEFF');
        }
        CsvLine line = new CsvLine(format);
        layout.header().forEach(line::text);
        line.writeTo(out);
        Column ids = layout.idColumn();
        ObservedBlock observed = null;
        int next = 0;
        for (int row = 0; row < customers.rowCount(); row++) {
            line.text(ids == null ? Integer.toString(row + 1) : ids.display(row));
            if (next < kept.length && kept[next] == row) {
                if (layout.withObserved() && (observed == null || next >= observed.end())) {
                    monitor.checkCancelled();
                    monitor.progress((double) next / kept.length, "Writing scores");
                    observed = ObservedBlock.score(model, customers, kept, next);
                }
                appendScores(line, layout, responses, observed, next);
                next++;
            } else {
                for (int field = 1; field < layout.header().size(); field++) {
                    line.empty();
                }
            }
            line.writeTo(out);
        }
    }

    /** The scores of the {@code customer}-th scored row, in header order. */
    private static void appendScores(CsvLine line, ScoreLayout layout, ResponseMatrix responses,
                                     ObservedBlock observed, int customer) {
        int levels = layout.levels().size();
        if (layout.withObserved()) {
            line.number(observed.probability(customer), PROBABILITY_DECIMALS);
        }
        if (responses != null) {
            line.number(responses.probability(customer, layout.noneIndex()), PROBABILITY_DECIMALS);
            for (int k = 0; k < levels; k++) {
                line.number(responses.probability(customer, k), PROBABILITY_DECIMALS);
            }
        }
        line.number(layout.withObserved() ? observed.spend(customer) : responses.spend(customer, layout.noneIndex()),
                MONEY_DECIMALS);
        for (int k = 0; k < levels; k++) {
            line.number(responses.spend(customer, k), MONEY_DECIMALS);
        }
    }

    /**
     * A missing treatment would otherwise be reported inside a block, with the block's row number; checked
     * first so the message names the file's data row.
     */
    private static void checkObservedTreatment(FittedPreprocessor prep, Dataset customers, ScoreLayout layout) {
        if (!layout.withObserved() || !prep.hasTreatment()) {
            return;
        }
        Column treatment = customers.column(prep.treatment().column());
        for (int row : prep.keptRows(customers)) {
            if (treatment.isMissing(row)) {
                throw TreatmentEncoding.missingAt(treatment.name(), row);
            }
        }
    }

    /** Predictions at the observed treatment for a block of scored rows. */
    private record ObservedBlock(int start, float[] probabilities, float[] spend) {
        static ObservedBlock score(DiscountModel model, Dataset customers, int[] kept, int start) {
            int end = Math.min(kept.length, start + BLOCK_ROWS);
            int[] rows = new int[end - start];
            System.arraycopy(kept, start, rows, 0, rows.length);
            FeatureMatrix features = model.preprocessing().features(customers.select(rows));
            return new ObservedBlock(start, model.purchaseProbability(features), model.expectedSpend(features));
        }

        int end() {
            return start + probabilities.length;
        }

        float probability(int customer) {
            return probabilities[customer - start];
        }

        float spend(int customer) {
            return spend[customer - start];
        }
    }

    /**
     * Which columns the file gets.
     *
     * @param idColumn     the model's id column in this file, or null for row numbers
     * @param withObserved predictions at the treatment in the file (always, for a model without treatment)
     * @param levels       the model's levels, one {@code _at_} column each
     * @param grid         the levels scored: the model's, plus its no-treatment level when training never saw it
     * @param noneIndex    position of the no-treatment level in the grid
     */
    record ScoreLayout(Column idColumn, boolean withObserved, List<TreatmentLevel> levels,
                       List<TreatmentLevel> grid, int noneIndex, List<String> header) {

        static ScoreLayout of(FittedPreprocessor prep, Dataset customers) {
            Column ids = prep.idColumn() == null ? null : customers.find(prep.idColumn()).orElse(null);
            List<String> header = new ArrayList<>();
            header.add(ids == null ? "row" : ids.name());
            if (!prep.hasTreatment()) {
                header.add("p_buy");
                header.add("expected_spend");
                return new ScoreLayout(ids, true, List.of(), List.of(), -1, header);
            }
            boolean observed = customers.find(prep.treatment().column()).isPresent();
            List<TreatmentLevel> levels = prep.treatmentLevels();
            List<TreatmentLevel> grid = new ArrayList<>(levels);
            if (!grid.contains(prep.noTreatmentLevel())) {
                grid.add(prep.noTreatmentLevel());
            }
            List<String> suffixes = headerSuffixes(levels);
            if (observed) {
                header.add("p_buy_observed");
            }
            header.add("p_buy_none");
            suffixes.forEach(suffix -> header.add("p_buy_at_" + suffix));
            header.add("expected_spend");
            suffixes.forEach(suffix -> header.add("expected_spend_at_" + suffix));
            return new ScoreLayout(ids, observed, levels, grid, grid.indexOf(prep.noTreatmentLevel()), header);
        }
    }

    /**
     * Level names safe in a column header: rates as written ({@code 0.15}), named offers with every character
     * outside {@code [A-Za-z0-9_.-]} replaced by {@code _} ({@code Mens_E-Mail}); a name that two levels would
     * share gets {@code _2}, {@code _3}….
     */
    static List<String> headerSuffixes(List<TreatmentLevel> levels) {
        Set<String> used = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (TreatmentLevel level : levels) {
            String base = level.name().replaceAll("[^A-Za-z0-9_.-]", "_");
            String suffix = base;
            for (int copy = 2; !used.add(suffix); copy++) {
                suffix = base + "_" + copy;
            }
            suffixes.add(suffix);
        }
        return suffixes;
    }
}
