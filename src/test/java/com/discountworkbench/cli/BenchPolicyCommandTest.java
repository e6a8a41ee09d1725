package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchPolicyCommandTest {
    @Test
    void printsTheTimedFiguresOnASmallRun() {
        CommandLine commandLine = WorkbenchCommand.newCommandLine();
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(new StringWriter()));
        int exit = commandLine.execute("bench", "policy", "--customers", "20000", "--recompute-customers", "5000",
                "--repeat", "1");
        assertThat(exit).isZero();
        assertThat(out.toString()).containsPattern("optimize_s=\\d+\\.\\d{3}")
                .containsPattern("optimize_budget_s=\\d+\\.\\d{3}")
                .containsPattern("recompute_5k_ms=\\d+\\.\\d")
                .contains("customers=20000 levels=7");
        double profit = Double.parseDouble(out.toString().replaceAll("(?s).*profit_unconstrained=(\\d+).*", "$1"));
        double budgeted = Double.parseDouble(out.toString().replaceAll("(?s).*profit_budget=(\\d+).*", "$1"));
        assertThat(budgeted).isPositive().isLessThan(profit);
    }
}
