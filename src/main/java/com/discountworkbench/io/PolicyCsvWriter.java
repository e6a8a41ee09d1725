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

/**
 * Writes the policy to send: one row per customer with the id (under its own column name), the level to
 * send ({@code recommended_discount} as a rate, or {@code recommended_offer} for named offers), P(buy) at
 * that level and at the baseline, expected spend if they buy, expected revenue and profit, incremental
 * profit over the baseline level, the segment, and {@code holdout} when a control group was drawn (for a
 * control customer the level is the random draw). Money has 4 decimals, probabilities 6. The analyst may leave
 * out any column but the id and the recommendation ({@link PolicyColumn}).
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
            AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> writeRows(out, problem, ids, plan, monitor));
        } catch (IOException e) {
            throw new DataException("Could not write the policy (" + e.getMessage() + "). Check that the folder "
                    + "exists and that you may write there.", target, -1, null, e);
        }
    }

    private void writeRows(Writer out, PolicyProblem problem, Column ids, HoldoutPlan plan, TaskMonitor monitor)
            throws IOException {
        List<PolicyColumn> written = new ArrayList<>(columns);
        if (plan.share() == 0) {
            written.remove(PolicyColumn.HOLDOUT);
        }
        if (format.byteOrderMark()) {
            out.write('\uFEFF');
        }
        CsvLine line = new CsvLine(format);
        for (PolicyColumn column : written) {
            line.text(header(column, problem, ids));
        }
        line.writeTo(out);
        for (int i = 0; i < problem.customers(); i++) {
            if (i % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress((double) i / problem.customers(), "Writing the policy");
            }
            for (PolicyColumn column : written) {
                cell(line, column, problem, ids, plan, i);
            }
            line.writeTo(out);
        }
    }

    private static String header(PolicyColumn column, PolicyProblem problem, Column ids) {
        return switch (column) {
            case ID -> ids == null ? "row" : ids.name();
            case RECOMMENDATION -> problem.offers().hasNamedOffers() ? "recommended_offer" : "recommended_discount";
            default -> column.name().toLowerCase(Locale.ROOT);
        };
    }

    private static void cell(CsvLine line, PolicyColumn column, PolicyProblem problem, Column ids, HoldoutPlan plan,
                             int i) {
        int level = plan.levels()[i];
        int baseline = problem.baselineLevel();
        switch (column) {
            case ID -> line.text(ids == null ? Integer.toString(i + 1) : ids.display(i));
            case RECOMMENDATION -> {
                if (problem.offers().hasNamedOffers()) {
                    line.text(problem.offers().level(level).name());
                } else {
                    line.number(problem.discountRate(level), 4);
                }
            }
            case P_BUY_RECOMMENDED -> line.number(problem.probability(i, level), 6);
            case P_BUY_NO_DISCOUNT -> line.number(problem.probability(i, baseline), 6);
            case EXPECTED_SPEND -> line.number(problem.spend(i, level), 4);
            case EXPECTED_REVENUE -> line.number(problem.revenue(i, level), 4);
            case EXPECTED_PROFIT -> line.number(problem.profit(i, level), 4);
            case INCREMENTAL_PROFIT -> line.number(problem.profit(i, level) - problem.profit(i, baseline), 4);
            case SEGMENT -> line.text(problem.segments().names().get(problem.segments().code(i)));
            case HOLDOUT -> line.text(plan.holdout()[i] ? "true" : "false");
        }
    }
}
