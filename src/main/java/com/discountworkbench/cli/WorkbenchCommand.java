package com.discountworkbench.cli;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.DataException;
import com.discountworkbench.task.CancelledException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: one subcommand per analyst task. */
@Command(name = "discount-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = WorkbenchCommand.Version.class,
        description = "Predicts each customer's response to a discount and picks the most profitable one.%n"
                + "Run without arguments to open the desktop application.",
        subcommands = {
            InspectCommand.class,
            GenerateSampleCommand.class,
            TrainCommand.class,
            EvaluateCommand.class,
            ScoreCommand.class,
            PolicyCommand.class,
            SimulateCommand.class,
            FeedbackCommand.class,
            BenchCommand.class,
        })
public final class WorkbenchCommand implements Runnable {
    /** Exit code for problems with the analyst's input (bad file, bad option value). */
    public static final int EXIT_INPUT_ERROR = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and returns the process exit code. */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    /** A configured command line; tests set their own writers on it. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new WorkbenchCommand());
        commandLine.setExecutionExceptionHandler(WorkbenchCommand::handleFailure);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /** Input problems and cancellation are reported as one line on stderr; anything else is a bug and keeps its trace. */
    private static int handleFailure(Exception failure, CommandLine commandLine, CommandLine.ParseResult parseResult)
            throws Exception {
        PrintWriter err = commandLine.getErr();
        if (failure instanceof DataException) {
            err.println("error: " + failure.getMessage());
            err.flush();
            return EXIT_INPUT_ERROR;
        }
        if (failure instanceof CancelledException) {
            err.println("cancelled");
            err.flush();
            return 130;
        }
        throw failure;
    }

    /** Prints the application and library versions. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {
                AppInfo.NAME + " " + AppInfo.version(),
                "DeepLearning4J " + AppInfo.dl4jVersion() + ", JavaFX " + AppInfo.javafxVersion()
                        + ", Java " + System.getProperty("java.version"),
            };
        }
    }
}
