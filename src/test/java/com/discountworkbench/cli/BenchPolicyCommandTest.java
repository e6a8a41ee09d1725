package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchPolicyCommandTest {
    @Test
    void printsTheTimedFiguresOnASmallRun() {
        CommandRun run = CommandRun.of("bench", "policy", "--customers", "20000", "--recompute-customers", "5000",
                "--repeat", "1");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("optimize_s=\\d+\\.\\d{3}")
                .containsPattern("optimize_budget_s=\\d+\\.\\d{3}")
                .containsPattern("recompute_5k_ms=\\d+\\.\\d")
                .contains("customers=20000 levels=7");
        double profit = Double.parseDouble(run.out().replaceAll("(?s).*profit_unconstrained=(\\d+).*", "$1"));
        double budgeted = Double.parseDouble(run.out().replaceAll("(?s).*profit_budget=(\\d+).*", "$1"));
        assertThat(budgeted).isPositive().isLessThan(profit);
    }
}
