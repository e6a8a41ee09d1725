package com.discountworkbench.io;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Writes the policy to send: one row per customer with the id (under its own column name), the level to
 * send ({@code recommended_discount} as a rate, or {@code recommended_offer} for named offers), P(buy) at
 * that level and at the baseline, expected spend if they buy, expected revenue and profit, incremental
 * profit over the baseline level, the segment, and {@code holdout} when a control group was drawn (for a
 * control customer the level is the random draw). Money has 4 decimals, probabilities 6. The analyst may leave
 * out any column but the id and the recommendation ({@link PolicyColumn}). A policy for customers that come in
 * chunks is written block by block through {@link #start}.
 */
public final class PolicyCsvWriter {
    private static final int CHECK_EVERY = 65_536;

    private final CsvExportFormat format;
    private final Set<PolicyColumn> columns;

    /** A writer of every column. */
    public PolicyCsvWriter(CsvExportFormat format) {
        this(format, PolicyColumn.all());
    }

    /** A writer of the chosen columns, in file order; the id and the recommendation are always written. */
    public PolicyCsvWriter(CsvExportFormat format, Set<PolicyColumn> columns) {
        this.format = format;
        this.columns = EnumSet.copyOf(columns);
        this.columns.add(PolicyColumn.ID);
        this.columns.add(PolicyColumn.RECOMMENDATION);
    }

    /**
     * @param ids  the customer id column; null numbers the rows from 1 under the header {@code row}
     * @param plan the level to send per customer and the control group
     */
    public void write(Path target, PolicyProblem problem, Column ids, HoldoutPlan plan, TaskMonitor monitor) {
        try {
            AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> {
                Rows rows = start(out, ids == null ? null : ids.name(), problem.offers().hasNamedOffers(),
                        plan.share() > 0);
                rows.write(problem, ids == null ? null : ids::display, plan.levels(), plan.holdout(), monitor);
            });
        } catch (IOException e) {
            throw failed(target, e);
        }
    }

    /**
     * Starts a policy file written block by block (customers that come in chunks): writes the header.
     *
     * @param idColumn    the id column's name; null for row numbers
     * @param namedOffers whether the levels are named offers (else discount rates)
     * @param withHoldout whether a control group was drawn (the {@code holdout} column is written only then)
     */
    public Rows start(Writer out, String idColumn, boolean namedOffers, boolean withHoldout) throws IOException {
        List<PolicyColumn> written = new ArrayList<>(columns);
        if (!withHoldout) {
            written.remove(PolicyColumn.HOLDOUT);
        }
        if (format.byteOrderMark()) {
            out.write('\uFEFF');
        }
        CsvLine line = new CsvLine(format);
        for (PolicyColumn column : written) {
            line.text(switch (column) {
                case ID -> idColumn == null ? "row" : idColumn;
                case RECOMMENDATION -> namedOffers ? "recommended_offer" : "recommended_discount";
                default -> column.name().toLowerCase(Locale.ROOT);
            });
        }
        line.writeTo(out);
        return new Rows(out, line, written);
    }

    /** The analyst-facing error when the policy file could not be written. */
    public static DataException failed(Path target, IOException e) {
        return new DataException("Could not write the policy (" + e.getMessage() + "). Check that the folder "
                + "exists and that you may write there.", target, -1, null, e);
    }

    /** The rows of a policy file, written a block of customers at a time, numbered on across blocks. */
    public static final class Rows {
        private final Writer out;
        private final CsvLine line;
        private final List<PolicyColumn> columns;
        private int written;

        private Rows(Writer out, CsvLine line, List<PolicyColumn> columns) {
            this.out = out;
            this.line = line;
            this.columns = columns;
        }

        /**
         * @param block   the customers of this block
         * @param ids     a customer's id by index in the block; null numbers the rows
         * @param levels  per customer, the level to send
         * @param holdout per customer, whether they are in the control group (read only with a holdout column)
         */
        public void write(PolicyProblem block, IntFunction<String> ids, int[] levels, boolean[] holdout,
                          TaskMonitor monitor) throws IOException {
            for (int i = 0; i < block.customers(); i++) {
                if (i % CHECK_EVERY == 0) {
                    monitor.checkCancelled();
                    monitor.progress((double) i / block.customers(), "Writing the policy");
                }
                for (PolicyColumn column : columns) {
                    cell(column, block, ids, levels[i], holdout, i);
                }
                line.writeTo(out);
            }
            written += block.customers();
        }

        private void cell(PolicyColumn column, PolicyProblem block, IntFunction<String> ids, int level,
                          boolean[] holdout, int i) {
            int baseline = block.baselineLevel();
            switch (column) {
                case ID -> line.text(ids == null ? Integer.toString(written + i + 1) : ids.apply(i));
                case RECOMMENDATION -> {
                    if (block.offers().hasNamedOffers()) {
                        line.text(block.offers().level(level).name());
                    } else {
                        line.number(block.discountRate(level), 4);
                    }
                }
                case P_BUY_RECOMMENDED -> line.number(block.probability(i, level), 6);
                case P_BUY_NO_DISCOUNT -> line.number(block.probability(i, baseline), 6);
                case EXPECTED_SPEND -> line.number(block.spend(i, level), 4);
                case EXPECTED_REVENUE -> line.number(block.revenue(i, level), 4);
                case EXPECTED_PROFIT -> line.number(block.profit(i, level), 4);
                case INCREMENTAL_PROFIT -> line.number(block.profit(i, level) - block.profit(i, baseline), 4);
                case SEGMENT -> line.text(block.segments().names().get(block.segments().code(i)));
                case HOLDOUT -> line.text(holdout[i] ? "true" : "false");
            }
        }
    }
}
