package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.task.TaskMonitor;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The greedy fill gives the same answer whether all its candidates fit in memory or only a few at a time. */
class BatchedBudgetTest {

    @Test
    void smallCandidateBatchesApplyTheSameUpgradesInTheSameOrder() {
        int filled = 0;
        for (long seed = 1; seed <= 6; seed++) {
            PolicyProblem problem = Problems.random(2_000, Problems.RATES, seed);
            double unconstrained = new PolicyOptimizer().optimize(problem, PolicyConstraints.none()).summary().totals()
                    .discountCost();
            for (double share : new double[] {0.1, 0.5, 0.9}) {
                PolicyConstraints constraints = PolicyConstraints.none().withBudget(share * unconstrained);
                CellScores cells = CellScores.build(problem, constraints, TaskMonitor.NONE);
                Choices all = Choices.inMemory(problem.customers());
                BudgetOutcome allAtOnce = BudgetSolver.solve(cells, constraints.budget(), all, Integer.MAX_VALUE,
                        TaskMonitor.NONE);
                for (int batch : new int[] {1, 5, 64}) {
                    Choices batched = Choices.inMemory(problem.customers());
                    BudgetOutcome outcome = BudgetSolver.solve(cells, constraints.budget(), batched, batch,
                            TaskMonitor.NONE);
                    assertThat(batched.levels(0, problem.customers())).as("seed %d, budget share %s, batch %d",
                            seed, share, batch).isEqualTo(all.levels(0, problem.customers()));
                    assertThat(outcome).isEqualTo(allAtOnce);
                }
                Choices atPrice = Choices.inMemory(problem.customers());
                BudgetSolver.choose(cells, allAtOnce.shadowPrice(), atPrice);
                if (!Arrays.equals(atPrice.levels(0, problem.customers()), all.levels(0, problem.customers()))) {
                    filled++;
                }
            }
        }
        assertThat(filled).as("cases where the greedy fill changed the Lagrangian choice").isGreaterThan(10);
    }
}
