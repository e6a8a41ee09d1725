package com.discountworkbench.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Benchmarks that print the figures recorded in the issues (not timed tests). */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure loading, training, scoring and optimization speed on this machine.",
        subcommands = {
            BenchLoadCommand.class,
            BenchTrainCommand.class,
            BenchScoreCommand.class,
            BenchPolicyCommand.class,
            BenchStartupCommand.class,
            BenchUiStallCommand.class,
            BenchStreamCommand.class,
        })
public final class BenchCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
