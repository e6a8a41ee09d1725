package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
        CommandLine commandLine = WorkbenchCommand.newCommandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertThat(commandLine.execute("bench", benchmark, "--help")).isZero();
        return out.toString().replaceAll("\\s+", " ");
    }
}
