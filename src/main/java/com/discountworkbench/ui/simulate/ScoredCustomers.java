package com.discountworkbench.ui.simulate;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.HistoryEvaluator;
import com.discountworkbench.policy.MarginSource;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.policy.Simulator;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every customer scored at every level of one grid, with what the Simulate screen builds scenarios from: the
 * file's margin and segment columns and its history. Problems for a margin source and segment column are kept
 * from one scenario to the next, so moving a slider only re-optimizes. Scenarios run one at a time
 * ({@link com.discountworkbench.ui.task.LatestOnlyRunner}); the cache is still guarded for safety.
 */
final class ScoredCustomers {
    private final PolicyCustomers inputs;
    private final ResponseMatrix responses;
    private final OfferGrid offers;
    private final List<String> marginColumns;
    private final List<String> segmentColumns;
    private final boolean hasHistory;
    private Variant variant;
    private Ceiling ceiling;

    private record Variant(MarginSource margin, String segmentColumn, PolicyProblem problem) {
    }

    private record Ceiling(PolicyProblem problem, PolicyConstraints unlimited, double budget) {
    }

    private ScoredCustomers(PolicyCustomers inputs, ResponseMatrix responses) {
        this.inputs = inputs;
        this.responses = responses;
        this.offers = offers(inputs, responses.levels());
        this.marginColumns = inputs.marginColumns();
        this.segmentColumns = inputs.segmentColumns();
        this.hasHistory = HistoryEvaluator.profitUnavailableReason(inputs, responses.levels()) == null;
    }

    /**
     * Scores the customers at the grid's levels, or reuses {@code scored} (e.g. from the Inspect screen) when it
     * holds exactly these customers at exactly these levels.
     */
    static ScoredCustomers score(DiscountModel model, Dataset data, List<TreatmentLevel> grid, PolicyProblem scored,
                                 TaskMonitor monitor) {
        PolicyCustomers inputs = PolicyCustomers.of(model, data);
        boolean reusable = scored != null && scored.customers() == inputs.customers()
                && scored.responses().levels().equals(grid);
        ResponseMatrix responses = reusable ? scored.responses() : ResponseScorer.score(model, data, grid, monitor);
        return new ScoredCustomers(inputs, responses);
    }

    /**
     * The grid's offers, measured against the model's "no offer" level when the grid has it: for named offers
     * ("No E-Mail") it is not simply the cheapest level, since the analyst sets no rates here.
     */
    private static OfferGrid offers(PolicyCustomers inputs, List<TreatmentLevel> grid) {
        OfferGrid offers = OfferGrid.of(grid);
        String none = inputs.model().preprocessing().noTreatmentLevel().name();
        boolean onGrid = grid.stream().anyMatch(level -> level.name().equals(none));
        return onGrid ? offers.withBaseline(none) : offers;
    }

    /** The problem with this margin source and segment column. */
    synchronized PolicyProblem problem(MarginSource margin, String segmentColumn) {
        if (variant == null || !variant.margin().equals(margin)
                || !Objects.equals(variant.segmentColumn(), segmentColumn)) {
            variant = new Variant(margin, segmentColumn, inputs.problem(responses, offers, margin, segmentColumn));
        }
        return variant.problem();
    }

    /**
     * The most a scenario with this goal could spend on discounts (no discount, margin or budget limit): the top
     * of the budget slider.
     */
    synchronized double budgetCeiling(PolicyProblem problem, PolicyConstraints constraints, TaskMonitor monitor) {
        PolicyConstraints unlimited = constraints.withBudget(null).withMaxDiscount(null).withMinMargin(null);
        if (ceiling == null || ceiling.problem() != problem || !ceiling.unlimited().equals(unlimited)) {
            monitor.checkCancelled();
            ceiling = new Ceiling(problem, unlimited, new Simulator().budgetRange(problem, unlimited, 1)[1]);
        }
        return ceiling.budget();
    }

    PolicyCustomers inputs() { return inputs; }

    ResponseMatrix responses() { return responses; }

    OfferGrid offers() { return offers; }

    List<String> marginColumns() { return marginColumns; }

    List<String> segmentColumns() { return segmentColumns; }

    /** The customers whose recorded treatment and spend can check a policy; empty when the file has no history. */
    Optional<PolicyCustomers> history() { return hasHistory ? Optional.of(inputs) : Optional.empty(); }
}
