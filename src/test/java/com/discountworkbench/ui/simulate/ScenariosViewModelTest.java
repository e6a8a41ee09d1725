package com.discountworkbench.ui.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Scenario;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

/** Saving scenarios by name and comparing them side by side, on a hand-made problem. */
class ScenariosViewModelTest {
    private final ObservableList<Scenario> saved = FXCollections.observableArrayList();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    private final ScenariosViewModel scenarios = new ScenariosViewModel(saved, dialogs, language);

    /** Two customers: the first buys much more often at 20 % off, the second does not care. */
    private static PolicyProblem problem() {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.2));
        ResponseMatrix responses = new ResponseMatrix(grid, 2, new float[] {0.1f, 0.6f, 0.5f, 0.5f},
                new float[] {100, 80, 200, 160});
        return new PolicyProblem(responses, OfferGrid.of(grid), CustomerEconomics.uniformMargin(2, 0.5));
    }

    private static PolicyResult optimize(PolicyConstraints constraints) {
        return new PolicyOptimizer().optimize(problem(), constraints);
    }

    @Test
    void savedScenariosAreComparedSideBySide() {
        assertThat(scenarios.hasScenarios().get()).isFalse();
        assertThat(scenarios.suggestedName()).isEqualTo("Scenario 1");

        assertThat(scenarios.save("Free hand", optimize(PolicyConstraints.none()))).isTrue();
        assertThat(scenarios.save(scenarios.suggestedName(), optimize(PolicyConstraints.none().withMaxDiscount(0.0))))
                .isTrue();

        assertThat(scenarios.names()).containsExactly("Free hand", "Scenario 2");
        assertThat(scenarios.rows()).extracting(ScenariosViewModel.Row::metric).contains("Profit",
                "Gain over no discount", "Customers offered a discount");
        ScenariosViewModel.Row profit = row("Profit");
        // Free hand: customer 1 at 20 % off earns 0.6·100·0.3 = 18, customer 2 at 0 % earns 0.5·200·0.5 = 50.
        assertThat(profit.values()).containsExactly("68.00", "55.00");
        assertThat(row("Customers offered a discount").values()).containsExactly("50.0%", "0.0%");
        assertThat(saved.get(0).constraints()).isEqualTo(PolicyConstraints.none());
    }

    @Test
    void aScenarioOfTheSameNameIsReplacedOnlyWhenTheAnalystAgrees() {
        scenarios.save("Plan", optimize(PolicyConstraints.none()));
        dialogs.answerConfirm(false).answerConfirm(true);

        assertThat(scenarios.save(" Plan ", optimize(PolicyConstraints.none().withMaxDiscount(0.0)))).isFalse();
        assertThat(row("Profit").values()).containsExactly("68.00");

        assertThat(scenarios.save("Plan", optimize(PolicyConstraints.none().withMaxDiscount(0.0)))).isTrue();
        assertThat(scenarios.names()).containsExactly("Plan");
        assertThat(row("Profit").values()).containsExactly("55.00");
        assertThat(dialogs.shown()).extracting(FakeDialogService.Shown::kind).containsExactly("confirm", "confirm");

        assertThat(scenarios.save("  ", optimize(PolicyConstraints.none()))).isFalse();
        scenarios.remove("Plan");
        assertThat(scenarios.names()).isEmpty();
    }

    @Test
    void theComparisonFollowsTheLanguage() {
        scenarios.save("Plan", optimize(PolicyConstraints.none()));
        language.switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(scenarios.rows().get(0).metric()).isEqualTo("预计成交数");
        assertThat(scenarios.suggestedName()).isEqualTo("方案 2");
    }

    private ScenariosViewModel.Row row(String metric) {
        return scenarios.rows().stream().filter(row -> row.metric().equals(metric)).findFirst().orElseThrow();
    }
}
