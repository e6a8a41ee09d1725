package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import org.junit.jupiter.api.Test;

class HoldoutPlanTest {
    private final int[] recommended = new int[10_000];

    HoldoutPlanTest() {
        for (int i = 0; i < recommended.length; i++) {
            recommended[i] = 3;
        }
    }

    @Test
    void drawsTheRequestedShareAtRandomLevelsAndKeepsTheRest() {
        HoldoutPlan plan = HoldoutPlan.draw(recommended, new int[] {0, 1, 2, 3}, 0.1, 42);
        assertThat(plan.controlCount()).isEqualTo(1_000);
        int[] drawn = new int[4];
        for (int i = 0; i < recommended.length; i++) {
            if (plan.holdout()[i]) {
                drawn[plan.levels()[i]]++;
            } else {
                assertThat(plan.levels()[i]).isEqualTo(3);
            }
        }
        for (int count : drawn) {
            assertThat(count).as("each level gets about a quarter of the control group").isBetween(180, 320);
        }
        assertThat(recommended).containsOnly(3);
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        HoldoutPlan first = HoldoutPlan.draw(recommended, new int[] {0, 1, 2}, 0.2, 7);
        HoldoutPlan again = HoldoutPlan.draw(recommended, new int[] {0, 1, 2}, 0.2, 7);
        HoldoutPlan other = HoldoutPlan.draw(recommended, new int[] {0, 1, 2}, 0.2, 8);
        assertThat(again.holdout()).isEqualTo(first.holdout());
        assertThat(again.levels()).isEqualTo(first.levels());
        assertThat(other.holdout()).isNotEqualTo(first.holdout());
    }

    @Test
    void candidatesStayWithinTheMaximumDiscount() {
        PolicyProblem problem = Problems.random(10, Problems.RATES, 1);
        assertThat(HoldoutPlan.candidateLevels(problem, 0.1)).containsExactly(0, 1, 2);
        assertThat(HoldoutPlan.candidateLevels(problem, null)).hasSize(7);
        assertThat(HoldoutPlan.none(recommended).controlCount()).isZero();
        assertThatThrownBy(() -> HoldoutPlan.draw(recommended, new int[] {0}, 1.5, 1))
                .isInstanceOf(DataException.class);
    }
}
