package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Scenario;
import com.discountworkbench.prep.TreatmentLevel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioStoreTest {
    @TempDir
    Path folder;

    private static Scenario scenario(String name, double maxDiscount) {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.1));
        PolicyProblem problem = new PolicyProblem(new ResponseMatrix(grid, 2, new float[] {0.1f, 0.3f, 0.2f, 0.21f},
                new float[] {50, 45, 70, 63}), OfferGrid.of(grid), CustomerEconomics.uniformMargin(2, 0.5));
        return Scenario.of(name, new PolicyOptimizer().optimize(problem,
                PolicyConstraints.none().withMaxDiscount(maxDiscount)));
    }

    @Test
    void savesLoadsListsAndReplacesByName() {
        ScenarioStore store = new ScenarioStore(folder.resolve("scenarios"));
        Scenario spring = scenario("Spring / 10 %", 0.1);
        Path file = store.save(spring);
        assertThat(file.getFileName().toString()).isEqualTo("Spring___10__.scenario.json");
        store.save(scenario("Autumn", 0.0));
        assertThat(store.load("Spring / 10 %")).isEqualTo(spring);
        assertThat(store.list()).extracting(Scenario::name).containsExactly("Autumn", "Spring / 10 %");

        Scenario replaced = scenario("Autumn", 0.1);
        store.save(replaced);
        assertThat(store.list()).hasSize(2);
        assertThat(store.load("Autumn")).isEqualTo(replaced);
    }

    @Test
    void unknownNamesAndEmptyFoldersAreHandled() {
        ScenarioStore store = new ScenarioStore(folder.resolve("none"));
        assertThat(store.list()).isEmpty();
        assertThatThrownBy(() -> store.load("missing")).isInstanceOf(DataException.class)
                .hasMessageContaining("no saved scenario 'missing'");
    }
}
