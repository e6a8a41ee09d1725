package com.discountworkbench.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {
    private final PolicyOptimizer optimizer = new PolicyOptimizer();
    private final PolicyProblem problem = Problems.random(500, Problems.RATES, 3);

    @Test
    void roundTripsThroughJson() {
        PolicyConstraints constraints = new PolicyConstraints(Objective.PROFIT, null, 0.25, 0.2, 1_000.0,
                Map.of("B", 0.1), true);
        Scenario saved = Scenario.of("Spring, capped", optimizer.optimize(problem, constraints));
        String json = saved.toJson();
        assertThat(json).contains("\"name\" : \"Spring, capped\"").contains("\"budget\"");
        Scenario read = Scenario.fromJson(json);
        assertThat(read).isEqualTo(saved);
        assertThat(read.summary().budget()).isNotNull();
        assertThat(read.constraints().profitFloor()).isNull();
    }

    @Test
    void rejectsTextThatIsNotAScenario() {
        assertThatThrownBy(() -> Scenario.fromJson("{\"nom\": 3")).isInstanceOf(DataException.class)
                .hasMessageContaining("saved scenario is not valid JSON");
    }

    @Test
    void comparesScenariosSideBySide() {
        Scenario free = Scenario.of("free", optimizer.optimize(problem, PolicyConstraints.none()));
        Scenario capped = Scenario.of("capped", optimizer.optimize(problem, PolicyConstraints.none().withMaxDiscount(0.1)));
        ScenarioComparison comparison = ScenarioComparison.of(List.of(free, capped));
        assertThat(comparison.scenarios()).containsExactly("free", "capped");
        ScenarioComparison.Row profit = comparison.rows().stream().filter(r -> r.metric().equals("profit"))
                .findFirst().orElseThrow();
        assertThat(profit.values()).containsExactly(free.summary().totals().profit(), capped.summary().totals().profit());
        assertThat(profit.values().get(0)).isGreaterThan(profit.values().get(1));
        ScenarioComparison.Row offered = comparison.rows().get(comparison.rows().size() - 1);
        long discounted = free.summary().distribution().stream().skip(1).mapToLong(LevelShare::customers).sum();
        assertThat(offered.values().get(0)).isEqualTo((double) discounted / problem.customers(),
                org.assertj.core.api.Assertions.within(1e-12));
    }
}
