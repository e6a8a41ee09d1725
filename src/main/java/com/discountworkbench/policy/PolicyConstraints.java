package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.util.Map;

/**
 * The analyst's goal and limits for one scenario. A null limit is not applied. Serializes to JSON as part
 * of a saved {@link Scenario} and of the export manifest.
 *
 * @param objective          what to maximize per customer
 * @param profitFloor        a level is allowed for a customer only if its expected profit is at least this
 *                           amount (money per customer); when null: no floor for PROFIT, 0 for REVENUE and
 *                           CONVERSIONS (never buy revenue or conversions at an expected loss)
 * @param maxDiscount        no level with a higher discount rate
 * @param minMargin          allowed only if (1 − d − c) / (1 − d) ≥ this share of the discounted price
 * @param budget             total expected discount cost (Σ P · v · d) at most this amount
 * @param segmentMaxDiscount per-segment maximum discount rate, by segment name
 * @param monotoneGuard      smooth P(buy) to be non-decreasing in the discount before optimizing
 */
public record PolicyConstraints(Objective objective, Double profitFloor, Double maxDiscount, Double minMargin,
                                Double budget, Map<String, Double> segmentMaxDiscount, boolean monotoneGuard) {

    public PolicyConstraints {
        objective = objective == null ? Objective.PROFIT : objective;
        segmentMaxDiscount = segmentMaxDiscount == null ? Map.of() : Map.copyOf(segmentMaxDiscount);
        checkRate("maximum discount", maxDiscount);
        segmentMaxDiscount.forEach((segment, rate) -> checkRate("maximum discount of segment " + segment, rate));
        if (minMargin != null && !(minMargin < 1)) {
            throw new DataException("The minimum margin must be below 1 (write 20 % as 0.20), got " + minMargin + ".");
        }
        if (budget != null && !(budget >= 0)) {
            throw new DataException("The discount budget must be an amount ≥ 0, got " + budget + ".");
        }
    }

    private static void checkRate(String what, Double rate) {
        if (rate != null && !(rate >= 0 && rate < 1)) {
            throw new DataException("The " + what + " must be between 0 and 1 (write 20 % as 0.20), got " + rate + ".");
        }
    }

    /** Maximize profit with no limits. */
    public static PolicyConstraints none() {
        return new PolicyConstraints(Objective.PROFIT, null, null, null, null, Map.of(), false);
    }

    /** The floor that applies: the explicit one, else none for PROFIT and 0 for the other objectives. */
    public double effectiveProfitFloor() {
        if (profitFloor != null) {
            return profitFloor;
        }
        return objective == Objective.PROFIT ? Double.NEGATIVE_INFINITY : 0;
    }

    public PolicyConstraints withObjective(Objective value) {
        return new PolicyConstraints(value, profitFloor, maxDiscount, minMargin, budget, segmentMaxDiscount, monotoneGuard);
    }

    public PolicyConstraints withProfitFloor(Double value) {
        return new PolicyConstraints(objective, value, maxDiscount, minMargin, budget, segmentMaxDiscount, monotoneGuard);
    }

    public PolicyConstraints withMaxDiscount(Double value) {
        return new PolicyConstraints(objective, profitFloor, value, minMargin, budget, segmentMaxDiscount, monotoneGuard);
    }

    public PolicyConstraints withMinMargin(Double value) {
        return new PolicyConstraints(objective, profitFloor, maxDiscount, value, budget, segmentMaxDiscount, monotoneGuard);
    }

    public PolicyConstraints withBudget(Double value) {
        return new PolicyConstraints(objective, profitFloor, maxDiscount, minMargin, value, segmentMaxDiscount, monotoneGuard);
    }

    public PolicyConstraints withSegmentMaxDiscount(Map<String, Double> value) {
        return new PolicyConstraints(objective, profitFloor, maxDiscount, minMargin, budget, value, monotoneGuard);
    }

    public PolicyConstraints withMonotoneGuard(boolean value) {
        return new PolicyConstraints(objective, profitFloor, maxDiscount, minMargin, budget, segmentMaxDiscount, value);
    }
}
