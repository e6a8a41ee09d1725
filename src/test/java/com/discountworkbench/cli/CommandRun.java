package com.discountworkbench.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line with its exit code and captured output. */
public record CommandRun(int exitCode, String out, String err) {

    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = WorkbenchCommand.newCommandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int code = commandLine.execute(args);
        return new CommandRun(code, out.toString(), err.toString());
    }

    /** Runs and fails the test with the captured output when the command did not succeed. */
    public static CommandRun ok(String... args) {
        CommandRun run = of(args);
        if (run.exitCode != 0) {
            throw new AssertionError("exit " + run.exitCode + " for " + String.join(" ", args) + "\nstdout:\n" + run.out
                    + "\nstderr:\n" + run.err);
        }
        return run;
    }
}
