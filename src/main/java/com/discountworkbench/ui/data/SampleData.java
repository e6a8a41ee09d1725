package com.discountworkbench.ui.data;

import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample customers shown on first start, so every screen has something to show: the bundled
 * {@code sample-data/customers.csv} found beside the working directory or the application's jar, or else the same
 * rows generated into a temporary file.
 */
@FunctionalInterface
public interface SampleData {
    String FOLDER = "sample-data";
    String FILE = "customers.csv";

    /** The sample file, made if need be; empty when there is none. Runs on a worker thread. */
    Optional<Path> obtain(TaskMonitor monitor);

    /** No sample: the Data step starts empty. */
    static SampleData none() {
        return monitor -> Optional.empty();
    }

    /** The bundled file when it can be found, else the generated rows. */
    static SampleData bundled() {
        return monitor -> Optional.of(find(Path.of(""), codeLocation()).orElseGet(() -> generate(monitor)));
    }

    /** {@code sample-data/customers.csv} in the working directory, or in the jar's folder or one of its parents. */
    static Optional<Path> find(Path workingDirectory, Optional<Path> codeLocation) {
        List<Path> folders = new ArrayList<>();
        folders.add(workingDirectory.toAbsolutePath());
        codeLocation.ifPresent(location -> {
            for (Path folder = location.toAbsolutePath().getParent(); folder != null && folders.size() < 5;
                    folder = folder.getParent()) {
                folders.add(folder);
            }
        });
        return folders.stream().map(folder -> folder.resolve(FOLDER).resolve(FILE)).filter(Files::isRegularFile)
                .findFirst();
    }

    /** The same rows as the bundled file (same generator, rows and seed), written into a temporary folder. */
    static Path generate(TaskMonitor monitor) {
        try {
            Path folder = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "discount-workbench"));
            Path file = folder.resolve(FILE);
            SampleCsv.writeAtomically(file, SampleDataGenerator.stream(SampleDataGenerator.DEFAULT_ROWS,
                    SampleDataGenerator.DEFAULT_SEED), SampleDataGenerator.DEFAULT_ROWS, monitor);
            LoggerFactory.getLogger(SampleData.class).info("No bundled sample data found; generated {}", file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the temporary sample folder", e);
        }
    }

    /** The jar (or classes folder) the application runs from. */
    private static Optional<Path> codeLocation() {
        try {
            return Optional.of(Path.of(SampleData.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException e) {
            Logger log = LoggerFactory.getLogger(SampleData.class);
            log.debug("Cannot tell where the application runs from", e);
            return Optional.empty();
        }
    }
}
