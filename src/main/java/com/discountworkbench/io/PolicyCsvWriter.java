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
import java.util.List;

/**
 * Writes the policy to send: one row per customer with the id (under its own column name), the level to
 * send ({@code recommended_discount} as a rate, or {@code recommended_offer} for named offers), P(buy) at
 * that level and at the baseline, expected spend if they buy, expected revenue and profit, incremental
 * profit over the baseline level, the segment, and {@code holdout} when a control group was drawn (for a
 * control customer the level is the random draw). Money has 4 decimals, probabilities 6.
 */
public final class PolicyCsvWriter {
    private static final int CHECK_EVERY = 65_536;

    private final CsvExportFormat format;

    public PolicyCsvWriter(CsvExportFormat format) {
        this.format = format;
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
        boolean named = problem.offers().hasNamedOffers();
        boolean withHoldout = plan.share() > 0;
        if (format.byteOrderMark()) {
            out.write('\uFEFF');
        }
        List<String> header = new ArrayList<>(List.of(ids == null ? "row" : ids.name(),
                named ? "recommended_offer" : "recommended_discount", "p_buy_recommended", "p_buy_no_discount",
                "expected_spend", "expected_revenue", "expected_profit", "incremental_profit", "segment"));
        if (withHoldout) {
            header.add("holdout");
        }
        StringBuilder line = new StringBuilder(256);
        for (String name : header) {
            appendField(line, name);
        }
        int baseline = problem.baselineLevel();
        for (int i = 0; i < problem.customers(); i++) {
            if (i % CHECK_EVERY == 0) {
                monitor.checkCancelled();
                monitor.progress((double) i / problem.customers(), "Writing the policy");
            }
            endLine(out, line);
            int level = plan.levels()[i];
            appendField(line, ids == null ? Integer.toString(i + 1) : ids.display(i));
            if (named) {
                appendField(line, problem.offers().level(level).name());
            } else {
                appendNumber(line, problem.discountRate(level), 4);
            }
            appendNumber(line, problem.probability(i, level), 6);
            appendNumber(line, problem.probability(i, baseline), 6);
            appendNumber(line, problem.spend(i, level), 4);
            appendNumber(line, problem.revenue(i, level), 4);
            appendNumber(line, problem.profit(i, level), 4);
            appendNumber(line, problem.profit(i, level) - problem.profit(i, baseline), 4);
            appendField(line, problem.segments().names().get(problem.segments().code(i)));
            if (withHoldout) {
                appendField(line, plan.holdout()[i] ? "true" : "false");
            }
        }
        endLine(out, line);
    }

    private static void endLine(Writer out, StringBuilder line) throws IOException {
        line.setLength(line.length() - 1);
        line.append('\n');
        out.append(line);
        line.setLength(0);
    }

    private void appendField(StringBuilder line, String text) {
        CsvFields.append(line, text, format.delimiter());
    }

    private void appendNumber(StringBuilder line, double value, int decimals) {
        DecimalText.append(line, value, decimals, format.decimalSeparator());
        line.append(format.delimiter());
    }
}
