package com.discountworkbench.ui.inspect;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import java.util.List;

/**
 * Every customer of the data scored by the model: the response at each treatment level with the economics
 * ({@link #problem()}), P(buy) at the treatment each customer actually got, and the unconstrained profit-maximizing
 * level as a fallback recommendation. Customer {@code i} is data row {@code dataRows[i]} (rows the preprocessing
 * drops are not scored).
 *
 * @param model         the model that scored
 * @param data          the scored data
 * @param dataRows      per customer, the row in {@code data}
 * @param ids           per customer, the id as written in the file (or the customer's 1-based number, as exports
 *                      write it)
 * @param idRank        per customer, the position of its id in id order (numbers by value), for sorting
 * @param observed      per customer, P(buy) at the observed treatment (NaN when it is off the grid); null when the
 *                      data has no treatment column
 * @param problem       responses at the model's levels with the economics
 * @param unconstrained the profit-maximizing level per customer with no constraints
 * @param margin        where the margins come from (the model's margin column, or one rate for all)
 * @param segments      the data's category columns the table can be filtered by
 */
public record CustomerScores(DiscountModel model, Dataset data, int[] dataRows, String[] ids, float[] idRank,
                             float[] observed, PolicyProblem problem, PolicyResult unconstrained, MarginSource margin,
                             List<SegmentColumn> segments) {

    public CustomerScores {
        segments = List.copyOf(segments);
    }

    public int customers() {
        return dataRows.length;
    }

    public boolean hasObserved() {
        return observed != null;
    }
}
