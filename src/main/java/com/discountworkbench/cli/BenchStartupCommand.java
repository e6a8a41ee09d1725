package com.discountworkbench.cli;

import com.discountworkbench.ui.bench.StartupBenchmark;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench startup}: time to the main window and to "ready to train", measured from JVM start. */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Open the main window in this JVM, as the desktop app does, and print window_s (JVM start to the"
                + " window's first frame) and ready_s (JVM start to 'ready to train': the neural network engine loaded"
                + " in the background), then the CPU seconds the process had used at each point (steadier on a busy"
                + " machine). Needs a display; on a server run it under Xvfb: xvfb-run -a java -jar"
                + " discount-workbench.jar bench startup")
public final class BenchStartupCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--timeout", defaultValue = "180", paramLabel = "SECONDS",
            description = "Give up when the engine is not ready by then (default: ${DEFAULT-VALUE}).")
    private int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        StartupBenchmark.Result result = StartupBenchmark.run(Duration.ofSeconds(timeoutSeconds));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "window_s=%.3f%n", result.windowSeconds());
        out.printf(Locale.ROOT, "ready_s=%.3f%n", result.readySeconds());
        out.printf(Locale.ROOT, "window_cpu_s=%.3f%n", result.windowCpuSeconds());
        out.printf(Locale.ROOT, "ready_cpu_s=%.3f%n", result.readyCpuSeconds());
        out.flush();
        return 0;
    }
}
