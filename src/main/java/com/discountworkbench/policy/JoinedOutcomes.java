package com.discountworkbench.policy;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.prep.FittedColumn;
import com.discountworkbench.prep.FittedPreprocessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Campaign outcomes completed with the customers' own columns. An outcomes file usually holds only the id, the
 * offer sent and what happened (the policy export plus the results); {@link CampaignOutcomes} needs the model's
 * feature columns too. The missing ones (and the margin column) are copied from the customer data, matching rows by
 * the model's id column, or by the customer numbers the export writes ({@code row}) when the data has no id.
 *
 * @param outcomes          the outcome rows that matched a customer, in file order, with the copied columns
 * @param rows              rows in the outcomes file
 * @param unmatched         rows whose customer is not in the data (or is one the model does not score)
 * @param unmatchedExamples the ids of the first few of them
 */
public record JoinedOutcomes(Dataset outcomes, int rows, int unmatched, List<String> unmatchedExamples) {
    /** The customer-number column of the policy export, for data without an id column. */
    static final String ROW_NUMBER = "row";
    private static final int EXAMPLES = 5;

    public JoinedOutcomes {
        unmatchedExamples = List.copyOf(unmatchedExamples);
    }

    public static JoinedOutcomes join(FittedPreprocessor prep, Dataset outcomes, Dataset customers) {
        List<String> wanted = new ArrayList<>(prep.columns().stream().map(FittedColumn::column).toList());
        if (prep.marginColumn() != null && customers.find(prep.marginColumn()).isPresent()) {
            wanted.add(prep.marginColumn());
        }
        List<String> missing = wanted.stream().filter(name -> outcomes.find(name).isEmpty()).toList();
        if (missing.isEmpty()) {
            return new JoinedOutcomes(outcomes, outcomes.rowCount(), 0, List.of());
        }
        Column ids = idColumn(prep, outcomes);
        Map<String, Integer> customerRows = customerRows(prep, customers, ids.name());
        List<Integer> matched = new ArrayList<>();
        List<Integer> found = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (int row = 0; row < outcomes.rowCount(); row++) {
            Integer customer = customerRows.get(ids.display(row).strip());
            if (customer != null) {
                matched.add(row);
                found.add(customer);
            } else if (examples.size() < EXAMPLES) {
                examples.add(ids.display(row));
            }
        }
        if (matched.isEmpty()) {
            throw new DataException("None of the " + outcomes.rowCount() + " outcomes matches a customer of the data"
                    + (examples.isEmpty() ? "" : " (ids such as " + String.join(", ", examples) + ")")
                    + ". Check that the outcomes file uses the same customer ids as the data.",
                    outcomes.source().file(), -1, ids.name(), null);
        }
        int[] outcomeRows = matched.stream().mapToInt(Integer::intValue).toArray();
        int[] dataRows = found.stream().mapToInt(Integer::intValue).toArray();
        List<Column> columns = new ArrayList<>();
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        for (Column column : outcomes.columns()) {
            columns.add(column.select(outcomeRows));
            roles.put(column.name(), outcomes.role(column.name()));
        }
        for (String name : missing) {
            columns.add(customers.column(name).select(dataRows));
            roles.put(name, customers.role(name));
        }
        return new JoinedOutcomes(new Dataset(outcomes.source(), columns, roles), outcomes.rowCount(),
                outcomes.rowCount() - outcomeRows.length, examples);
    }

    /** The model's id column, else the export's customer numbers. */
    private static Column idColumn(FittedPreprocessor prep, Dataset outcomes) {
        if (prep.idColumn() != null && outcomes.find(prep.idColumn()).isPresent()) {
            return outcomes.column(prep.idColumn());
        }
        return outcomes.find(ROW_NUMBER).orElseThrow(() -> new DataException("The outcomes file has neither the "
                + "customers' columns the model needs nor a customer id to look them up by ("
                + (prep.idColumn() == null ? "'" + ROW_NUMBER + "'" : "'" + prep.idColumn() + "'")
                + "). Add the id column, as the policy export writes it.", outcomes.source().file(), -1, null, null));
    }

    /** Data rows the model scores, by id; by 1-based customer number when the outcomes number customers. */
    private static Map<String, Integer> customerRows(FittedPreprocessor prep, Dataset customers, String idName) {
        int[] kept = prep.keptRows(customers);
        Map<String, Integer> rows = new HashMap<>();
        boolean numbered = idName.equals(ROW_NUMBER) && (prep.idColumn() == null || !idName.equals(prep.idColumn()));
        Column ids = numbered ? null : customers.column(idName);
        for (int i = 0; i < kept.length; i++) {
            rows.putIfAbsent(numbered ? Integer.toString(i + 1) : ids.display(kept[i]).strip(), kept[i]);
        }
        return rows;
    }
}
