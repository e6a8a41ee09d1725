package com.discountworkbench.io;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.policy.BudgetOutcome;
import com.discountworkbench.policy.BudgetSolver;
import com.discountworkbench.policy.Choices;
import com.discountworkbench.policy.ChunkOptimizer;
import com.discountworkbench.policy.ControlGroupDraw;
import com.discountworkbench.policy.CustomerScorer;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyChunk;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ScenarioSummary;
import com.discountworkbench.policy.SegmentNames;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Writes the policy for customers that come in chunks (a file larger than memory) in bounded memory, choosing
 * exactly the levels that {@link com.discountworkbench.policy.PolicyOptimizer} and {@link HoldoutPlan} choose
 * for the whole list at once, with the same rows and totals.
 * <ul>
 *   <li>Without a budget and without a control group each customer's level depends on that customer alone:
 *       one pass scores a chunk, chooses its levels and writes its rows.</li>
 *   <li>With a budget: pass 1 scores every chunk and spills, per customer, what the rows need and each level's
 *       objective and discount cost ({@link PolicySpill}, float32). The budget search ({@link BudgetSolver})
 *       then reads the cell file front to back for each step of the bisection on the price of budget λ and for
 *       each greedy-fill pass, whose candidates it ranks in batches of at most a million; the chosen levels take
 *       one byte per customer in memory. The final pass reads the spill back and writes the rows.</li>
 *   <li>With a control group: its draw needs the number of customers, known after pass 1, so the rows are
 *       spilled as well and the final pass draws the group customer by customer ({@link ControlGroupDraw}).</li>
 * </ul>
 * The temporary files lie beside the policy file and are deleted at the end, also after a failure or a
 * cancellation; the policy file itself is written atomically. Progress: the chunks' producer reports reading;
 * then the budget search and the final pass report their own share done.
 */
public final class StreamedPolicyWriter {
    /** Customers per block when the spill is read back. */
    private static final int BLOCK = 65_536;
    /** Greedy-fill candidates ranked in memory at a time (17 bytes each). */
    private static final int FILL_BATCH = 1 << 20;
    private static final String NO_CUSTOMERS = "No chunk of customers to write a policy for";

    /**
     * What was exported.
     *
     * @param summary   the optimizer's figures before the control group, as the whole-list optimizer gives them
     * @param exported  expected totals of the levels in the file (control group included)
     * @param customers rows written
     * @param controls  customers in the control group
     * @param offers    the levels with their economics
     */
    public record Result(ScenarioSummary summary, Totals exported, int customers, int controls, OfferGrid offers) {
    }

    private final PolicyCsvWriter writer;

    /** A writer of every column. */
    public StreamedPolicyWriter(CsvExportFormat format) {
        this(format, PolicyColumn.all());
    }

    /** A writer of the chosen columns (the id and the recommendation are always written). */
    public StreamedPolicyWriter(CsvExportFormat format, Set<PolicyColumn> columns) {
        this.writer = new PolicyCsvWriter(format, columns);
    }

    /**
     * @param chunks       the customers' rows in list order, at least one chunk
     * @param problems     turns a chunk of rows into the chunk's policy problem (scoring it at every level)
     * @param holdoutShare share of customers in the randomized control group (0 for none)
     * @param seed         seed of the control group's draw
     */
    public Result write(Path target, Iterator<Dataset> chunks, Function<Dataset, PolicyChunk> problems,
                        PolicyConstraints constraints, double holdoutShare, long seed, TaskMonitor monitor) {
        ChunkOptimizer optimizer = new ChunkOptimizer(constraints);
        try {
            if (constraints.budget() == null && holdoutShare == 0) {
                Tally tally = new Tally();
                AtomicFiles.writeText(target, StandardCharsets.UTF_8,
                        out -> writeInOnePass(out, chunks, problems, optimizer, tally, monitor.cancellationOnly()));
                return tally.result(null);
            }
            return writeInTwoPasses(target, chunks, problems, optimizer, holdoutShare, seed, monitor);
        } catch (IOException e) {
            throw PolicyCsvWriter.failed(target, e);
        }
    }

    private void writeInOnePass(Writer out, Iterator<Dataset> chunks, Function<Dataset, PolicyChunk> problems,
                                ChunkOptimizer optimizer, Tally tally, TaskMonitor quiet) throws IOException {
        PolicyCsvWriter.Rows rows = null;
        while (chunks.hasNext()) {
            PolicyChunk chunk = problems.apply(chunks.next());
            PolicyProblem used = optimizer.used(chunk.problem());
            if (rows == null) {
                rows = writer.start(out, idColumn(chunk), used.offers().hasNamedOffers(), false);
                tally.begin(used.offers(), chunk.segmentsByValue());
            }
            tally.names.codes(used.segments());
            int[] levels = optimizer.choose(optimizer.cells(used, quiet));
            rows.write(used, ids(chunk.ids()), levels, null, quiet);
            tally.add(used, levels, levels);
        }
        if (tally.customers == 0 && rows != null) {
            throw new DataException(CustomerScorer.NO_CUSTOMERS);
        }
        optimizer.checkCappedSegmentsSeen(tally.names.byCode());
    }

    private Result writeInTwoPasses(Path target, Iterator<Dataset> chunks, Function<Dataset, PolicyChunk> problems,
                                    ChunkOptimizer optimizer, double holdoutShare, long seed, TaskMonitor monitor)
            throws IOException {
        PolicyConstraints constraints = optimizer.constraints();
        TaskMonitor quiet = monitor.cancellationOnly();
        Tally tally = new Tally();
        PolicySpill spill = null;
        String idColumn = null;
        try {
            while (chunks.hasNext()) {
                PolicyChunk chunk = problems.apply(chunks.next());
                PolicyProblem used = optimizer.used(chunk.problem());
                if (spill == null) {
                    spill = new PolicySpill(target, used.levels(), chunk.ids() != null, constraints.budget() != null);
                    idColumn = idColumn(chunk);
                    tally.begin(used.offers(), chunk.segmentsByValue());
                }
                spill.append(used, tally.names.codes(used.segments()), ids(chunk.ids()),
                        constraints.budget() == null ? null : optimizer.cells(used, quiet));
            }
            if (spill == null) {
                throw new IllegalArgumentException(NO_CUSTOMERS);
            }
            spill.finishWriting();
            if (spill.customers() == 0) {
                throw new DataException(CustomerScorer.NO_CUSTOMERS);
            }
            optimizer.checkCappedSegmentsSeen(tally.names.byCode());
            Choices choices = null;
            BudgetOutcome budget = null;
            if (constraints.budget() != null) {
                choices = Choices.inMemory(spill.customers());
                budget = BudgetSolver.solve(spill.cells(tally.offers.baselineLevel(), BLOCK), constraints.budget(),
                        choices, FILL_BATCH, monitor);
            }
            PolicySpill read = spill;
            Choices chosen = choices;
            String ids = idColumn;
            AtomicFiles.writeText(target, StandardCharsets.UTF_8, out -> writeFromSpill(out, read, chosen, ids,
                    optimizer, holdoutShare, seed, tally, monitor));
            return tally.result(budget);
        } finally {
            if (spill != null) {
                spill.close();
            }
        }
    }

    /** The final pass: each block's levels (chosen under the budget, or now), the control group, the rows. */
    private void writeFromSpill(Writer out, PolicySpill spill, Choices choices, String idColumn,
                                ChunkOptimizer optimizer, double holdoutShare, long seed, Tally tally,
                                TaskMonitor monitor) throws IOException {
        TaskMonitor quiet = monitor.cancellationOnly();
        int customers = spill.customers();
        PolicyCsvWriter.Rows rows = writer.start(out, idColumn, tally.offers.hasNamedOffers(), holdoutShare > 0);
        ControlGroupDraw draw = null;
        try (PolicySpill.BlockReader reader = spill.blocks(tally.offers, tally.names.byCode())) {
            for (int first = 0; first < customers; first += BLOCK) {
                monitor.checkCancelled();
                monitor.progress((double) first / customers, "Writing the policy");
                PolicySpill.Block block = reader.read(Math.min(BLOCK, customers - first));
                PolicyProblem problem = block.problem();
                if (draw == null && holdoutShare > 0) {
                    draw = new ControlGroupDraw(customers, HoldoutPlan.candidateLevels(problem,
                            optimizer.constraints().maxDiscount()), holdoutShare, seed);
                }
                int[] recommended = choices != null ? choices.levels(first, problem.customers())
                        : optimizer.choose(optimizer.cells(problem, quiet));
                int[] levels = recommended.clone();
                boolean[] holdout = new boolean[levels.length];
                for (int j = 0; draw != null && j < levels.length; j++) {
                    if (draw.nextIsControl()) {
                        holdout[j] = true;
                        levels[j] = draw.level();
                        tally.controls++;
                    }
                }
                String[] blockIds = block.ids();
                rows.write(problem, blockIds == null ? null : j -> blockIds[j], levels, holdout, quiet);
                tally.add(problem, recommended, levels);
            }
        }
        monitor.progress(1, "Policy written");
    }

    private static String idColumn(PolicyChunk chunk) {
        return chunk.ids() == null ? null : chunk.ids().name();
    }

    private static IntFunction<String> ids(Column ids) {
        return ids == null ? null : ids::display;
    }

    /** The summary and totals, summed customer by customer over the chunks or blocks. */
    private static final class Tally {
        private OfferGrid offers;
        private SegmentNames names;
        private ScenarioSummary.Builder summary;
        private final Totals.Accumulator exported = new Totals.Accumulator();
        private int customers;
        private int controls;

        void begin(OfferGrid grid, boolean segmentsByValue) {
            offers = grid;
            names = new SegmentNames(segmentsByValue);
            summary = new ScenarioSummary.Builder(grid);
        }

        void add(PolicyProblem problem, int[] recommended, int[] sent) {
            summary.add(problem, recommended);
            for (int i = 0; i < sent.length; i++) {
                exported.add(problem, i, sent[i]);
            }
            customers += sent.length;
        }

        Result result(BudgetOutcome budget) {
            if (summary == null) {
                throw new IllegalArgumentException(NO_CUSTOMERS);
            }
            return new Result(summary.build(budget, names.ordered()), exported.totals(customers), customers,
                    controls, offers);
        }
    }
}
