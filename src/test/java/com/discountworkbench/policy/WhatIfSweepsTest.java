package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.task.TaskMonitor;
import org.junit.jupiter.api.Test;

class WhatIfSweepsTest {

    @Test
    void sweepsTheMinimumMarginAndTheBudgetOverTheirUsefulRanges() {
        PolicyProblem problem = Problems.random(2_000, Problems.RATES, 3);
        PolicyConstraints constraints = PolicyConstraints.none().withMaxDiscount(0.25);

        WhatIfSweeps sweeps = WhatIfSweeps.of(new Simulator(), problem, constraints, TaskMonitor.NONE);

        assertThat(sweeps.minMargin().points()).hasSize(WhatIfSweeps.STEPS + 1);
        assertThat(sweeps.minMargin().points().get(0).value()).isZero();
        assertThat(sweeps.minMargin().points().get(WhatIfSweeps.STEPS).value())
                .isEqualTo(WhatIfSweeps.MAX_MIN_MARGIN);
        double unconstrained = new PolicyOptimizer().optimize(problem, constraints).summary().totals().discountCost();
        SweepPoint last = sweeps.budget().points().get(WhatIfSweeps.STEPS);
        assertThat(last.value()).isEqualTo(unconstrained);
        assertThat(sweeps.budget().points().get(0).totals().discountCost()).isZero();
        assertThat(last.totals().profit()).isGreaterThan(sweeps.budget().points().get(0).totals().profit());
        // A stricter minimum margin can only remove options, so profit never rises along the sweep.
        for (int s = 1; s < sweeps.minMargin().points().size(); s++) {
            assertThat(sweeps.minMargin().points().get(s).totals().profit())
                    .isLessThanOrEqualTo(sweeps.minMargin().points().get(s - 1).totals().profit() + 1e-6);
        }
    }
}
