package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.util.List;
import java.util.TreeSet;

/**
 * The analyst's choices that turn a model and a customer file into a {@link PolicyProblem}: which levels
 * to choose from, what the offers cost, where margins come from, and how customers are grouped.
 *
 * @param levels        discount rates to choose from (rate treatments only); null for the levels the model
 *                      was trained on. Must include 0, the no-discount baseline.
 * @param offers        fixed costs (and, for named offers, discount rates) per level; levels not listed cost 0
 * @param marginColumn  column of per-customer gross margin rates; null to use the model's margin column
 * @param marginRate    one gross margin rate for everyone; excludes {@code marginColumn}
 * @param segmentColumn column whose values group customers for caps and distributions; null for one group
 */
public record PolicySettings(List<Double> levels, List<OfferEconomics> offers, String marginColumn,
                             Double marginRate, String segmentColumn) {

    public PolicySettings {
        offers = offers == null ? List.of() : List.copyOf(offers);
        if (levels != null) {
            levels = checkedLevels(levels);
        }
        if (marginColumn != null && marginRate != null) {
            throw new DataException("Give either a margin column or one margin rate for everyone, not both.");
        }
        if (marginRate != null && !(marginRate >= 0 && marginRate <= 1)) {
            throw new DataException("The margin rate must be between 0 and 1 (write 35 % as 0.35), got "
                    + marginRate + ".");
        }
    }

    /** The model's own levels, the model's margin column, no offer costs, one segment. */
    public static PolicySettings defaults() {
        return new PolicySettings(null, List.of(), null, null, null);
    }

    public PolicySettings withLevels(List<Double> rates) {
        return new PolicySettings(rates, offers, marginColumn, marginRate, segmentColumn);
    }

    /** Ascending, without repeats; every rate a fraction below 1, and 0 among them. */
    private static List<Double> checkedLevels(List<Double> levels) {
        if (levels.isEmpty()) {
            throw new DataException("The list of discount levels is empty. Give rates such as 0,0.05,0.10.");
        }
        TreeSet<Double> sorted = new TreeSet<>();
        for (Double rate : levels) {
            if (rate == null || !(rate >= 0 && rate < 1)) {
                throw new DataException("Discount levels must be rates from 0 up to (not including) 1, written "
                        + "as fractions (0.15 for 15 %); got " + rate + ".");
            }
            sorted.add(rate == 0 ? 0.0 : rate);
        }
        if (!sorted.contains(0.0)) {
            throw new DataException("The discount levels must include 0 (no discount): it is always an option "
                    + "and the baseline the increments are measured against. Add 0 to the list.");
        }
        return List.copyOf(sorted);
    }
}
