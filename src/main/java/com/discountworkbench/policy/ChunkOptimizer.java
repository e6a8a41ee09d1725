package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.task.TaskMonitor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The optimizer's per-customer steps, for customers that come in chunks (a file larger than memory): each
 * chunk's problem is guarded and scored on its own exactly as {@link PolicyOptimizer} does for all customers at
 * once, so a chunked run chooses the same levels. A budget couples the chunks: their cells go to a
 * {@link CellTable} for {@link BudgetSolver}. Segment caps apply by segment name; a chunk without a capped
 * segment simply has no customer it applies to, and {@link #checkCappedSegmentsSeen} reports a cap that no
 * chunk could use.
 */
public final class ChunkOptimizer {
    private final PolicyConstraints constraints;

    public ChunkOptimizer(PolicyConstraints constraints) {
        this.constraints = constraints;
    }

    public PolicyConstraints constraints() {
        return constraints;
    }

    /** The problem the levels are chosen on: with P(buy) smoothed when the monotone guard is on. */
    public PolicyProblem used(PolicyProblem problem) {
        Choices.checkLevels(problem.levels());
        if (!constraints.monotoneGuard()) {
            return problem;
        }
        double[] rates = new double[problem.levels()];
        for (int k = 0; k < rates.length; k++) {
            rates[k] = problem.discountRate(k);
        }
        return problem.withResponses(MonotoneGuard.apply(problem.responses(), rates));
    }

    /** Objective and discount cost of the chunk's cells, a forbidden cell at negative infinity. */
    public CellTable cells(PolicyProblem used, TaskMonitor monitor) {
        return CellScores.build(used, withCapsOf(used.segments()), monitor);
    }

    /** Each customer's best allowed level, when no budget couples them. */
    public int[] choose(CellTable cells) {
        Choices choice = Choices.inMemory(cells.customers());
        BudgetSolver.choose(cells, 0, choice);
        return choice.levels(0, cells.customers());
    }

    /** Fails like the whole-file optimizer when a segment cap names a segment no chunk had. */
    public void checkCappedSegmentsSeen(Collection<String> segments) {
        for (String capped : constraints.segmentMaxDiscount().keySet()) {
            if (!segments.contains(capped)) {
                throw new DataException("There is no segment '" + capped + "'. Segments are: "
                        + String.join(", ", segments));
            }
        }
    }

    private PolicyConstraints withCapsOf(Segments segments) {
        if (constraints.segmentMaxDiscount().isEmpty()) {
            return constraints;
        }
        Map<String, Double> caps = new LinkedHashMap<>(constraints.segmentMaxDiscount());
        caps.keySet().retainAll(segments.names());
        return constraints.withSegmentMaxDiscount(caps);
    }
}
