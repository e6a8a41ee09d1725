package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The window benchmarks are registered and say what they print and that they need a display. Running them needs a
 * real (or virtual) display, which the headless test toolkit is not; they are run by hand under Xvfb.
 */
class BenchWindowCommandsTest {

    @Test
    void startupIsABenchSubcommandThatNamesItsFigures() {
        assertThat(help("startup")).contains("window_s", "ready_s", "Xvfb");
    }

    @Test
    void uiStallIsABenchSubcommandThatNamesItsGoal() {
        assertThat(help("ui-stall")).contains("max_fx_stall_ms", "under 100", "--epochs", "Xvfb");
    }

    private static String help(String benchmark) {
        return CommandRun.ok("bench", benchmark, "--help").out().replaceAll("\\s+", " ");
    }
}
