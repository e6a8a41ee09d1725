package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyChunk;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Segments;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.CancelledException;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.testing.SyntheticCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy written chunk by chunk equals the whole-list optimizer's, with or without budget and control group. */
class StreamedPolicyTest {
    private static final double[] RATES = {0, 0.05, 0.1, 0.15, 0.2, 0.3};
    private static final OfferGrid OFFERS = OfferGrid.of(grid());

    @TempDir
    static Path shared;
    private static Path customers;
    private static double unconstrainedCost;

    @TempDir
    Path dir;

    private final StreamedPolicyWriter streamed = new StreamedPolicyWriter(CsvExportFormat.standard());

    @BeforeAll
    static void writeCustomers() throws IOException {
        customers = SyntheticCustomers.write(shared.resolve("customers.csv"), 3_000, 21);
        List<String> lines = new ArrayList<>(Files.readAllLines(customers));
        String[] late = lines.get(2_500).split(",", -1);
        late[3] = ""; // a customer without segment (color) late in the file
        lines.set(2_500, String.join(",", late));
        Files.write(customers, lines);
        unconstrainedCost = new PolicyOptimizer().optimize(problem(whole()), PolicyConstraints.none()).summary()
                .totals().discountCost();
    }

    @Test
    void withoutBudgetOrControlGroupOnePassWritesTheSamePolicy() throws IOException {
        assertSamePolicy(PolicyConstraints.none(), 0);
        assertSamePolicy(PolicyConstraints.none().withMonotoneGuard(true).withMaxDiscount(0.2)
                .withSegmentMaxDiscount(Map.of("blue", 0.05, "(missing)", 0.0)), 0);
    }

    @Test
    void aGlobalBudgetGivesTheSameLevelsAsTheWholeListOptimizer() throws IOException {
        for (double share : new double[] {0.2, 0.6}) {
            assertSamePolicy(PolicyConstraints.none().withBudget(share * unconstrainedCost), 0);
        }
        assertSamePolicy(PolicyConstraints.none().withBudget(0.3 * unconstrainedCost).withMonotoneGuard(true)
                .withSegmentMaxDiscount(Map.of("green", 0.1)), 0.1);
    }

    @Test
    void aControlGroupWithoutBudgetIsDrawnAsForTheWholeList() throws IOException {
        assertSamePolicy(PolicyConstraints.none().withMaxDiscount(0.15), 0.25);
    }

    @Test
    void temporaryFilesAreRemovedAfterSuccessFailureAndCancellation() throws IOException {
        PolicyConstraints budget = PolicyConstraints.none().withBudget(0.4 * unconstrainedCost);
        Path out = dir.resolve("policy.csv");
        write(out, budget, 0.1, 700, TaskMonitor.NONE);
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("policy.csv");

        Files.delete(out);
        int[] chunks = {0};
        try (CsvChunkReader reader = CsvChunkReader.open(customers, CsvOptions.detect(), 700, TaskMonitor.NONE)) {
            assertThatThrownBy(() -> streamed.write(out, reader, rows -> {
                if (++chunks[0] == 3) {
                    throw new IllegalStateException("scoring failed");
                }
                return chunk(rows);
            }, budget, 0.1, 7, TaskMonitor.NONE)).hasMessage("scoring failed");
        }
        assertThat(dir.toFile().list()).isEmpty();

        TaskMonitor cancelWhileWriting = new TaskMonitor() {
            private boolean writing;

            @Override public void progress(double fraction, String message) { writing |= message.contains("Writing"); }

            @Override public boolean isCancelled() { return writing; }
        };
        assertThatThrownBy(() -> write(out, budget, 0.1, 700, cancelWhileWriting))
                .isInstanceOf(CancelledException.class);
        assertThat(dir.toFile().list()).isEmpty();
    }

    /** Compares the streamed file, summary and totals with the whole-list optimizer, control group and writer. */
    private void assertSamePolicy(PolicyConstraints constraints, double holdoutShare) throws IOException {
        PolicyProblem problem = problem(whole());
        PolicyResult result = new PolicyOptimizer().optimize(problem, constraints);
        HoldoutPlan plan = holdoutShare == 0 ? HoldoutPlan.none(result.levels())
                : HoldoutPlan.draw(result.levels(), HoldoutPlan.candidateLevels(result.problem(),
                constraints.maxDiscount()), holdoutShare, 7);
        Path expected = dir.resolve("expected.csv");
        new PolicyCsvWriter(CsvExportFormat.standard()).write(expected, result.problem(),
                whole().column("customer_id"), plan, TaskMonitor.NONE);

        for (int chunkRows : new int[] {3_000, 437}) {
            Path actual = dir.resolve("streamed-" + chunkRows + ".csv");
            StreamedPolicyWriter.Result written = write(actual, constraints, holdoutShare, chunkRows, TaskMonitor.NONE);

            assertThat(Files.readAllLines(actual)).as("%s, holdout %s, chunks of %d", constraints, holdoutShare,
                    chunkRows).isEqualTo(Files.readAllLines(expected));
            assertThat(written.summary()).isEqualTo(result.summary());
            assertThat(written.exported()).isEqualTo(Totals.of(result.problem(), plan.levels()));
            assertThat(written.controls()).isEqualTo(plan.controlCount());
            assertThat(written.customers()).isEqualTo(3_000);
        }
    }

    private StreamedPolicyWriter.Result write(Path out, PolicyConstraints constraints, double holdoutShare,
                                              int chunkRows, TaskMonitor monitor) {
        try (CsvChunkReader reader = CsvChunkReader.open(customers, CsvOptions.detect(), chunkRows, monitor)) {
            return streamed.write(out, reader, StreamedPolicyTest::chunk, constraints, holdoutShare, 7, monitor);
        }
    }

    private static Dataset whole() {
        return SyntheticCustomers.read(customers);
    }

    private static PolicyChunk chunk(Dataset rows) {
        return new PolicyChunk(problem(rows), rows.column("customer_id"), false);
    }

    /**
     * A model-free problem from the columns: P(buy) rises with the discount at a pace set by x2, baskets grow
     * with x1, margins fall with x2, segments are the colors.
     */
    private static PolicyProblem problem(Dataset rows) {
        NumericColumn x1 = (NumericColumn) rows.column("x1");
        NumericColumn x2 = (NumericColumn) rows.column("x2");
        int n = rows.rowCount();
        int levels = RATES.length;
        float[] probability = new float[n * levels];
        float[] spend = new float[n * levels];
        float[] costRatio = new float[n];
        for (int i = 0; i < n; i++) {
            costRatio[i] = 0.5f + 0.2f * x2.get(i);
            for (int k = 0; k < levels; k++) {
                double logit = -2 + 2 * x1.get(i) + 3 * x2.get(i) * RATES[k] / (RATES[k] + 0.1);
                probability[i * levels + k] = (float) (1 / (1 + Math.exp(-logit)));
                spend[i * levels + k] = (float) ((40 + 60 * x1.get(i)) * (1 - RATES[k]) * (1 + 0.5 * RATES[k]));
            }
        }
        return new PolicyProblem(new ResponseMatrix(OFFERS.levels(), n, probability, spend), OFFERS,
                CustomerEconomics.ofCostRatios(costRatio), Segments.of((CategoricalColumn) rows.column("color")));
    }

    private static List<TreatmentLevel> grid() {
        List<TreatmentLevel> levels = new ArrayList<>();
        for (double rate : RATES) {
            levels.add(TreatmentLevel.discount(rate));
        }
        return levels;
    }
}
