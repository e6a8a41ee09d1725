package com.discountworkbench.io;

import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.Scenario;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Saved scenarios in a folder, one {@code <name>.scenario.json} per name. Saving under an existing name
 * replaces that scenario.
 */
public final class ScenarioStore {
    private static final String SUFFIX = ".scenario.json";

    private final Path folder;

    public ScenarioStore(Path folder) {
        this.folder = folder;
    }

    public Path save(Scenario scenario) {
        Path target = fileFor(scenario.name());
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(target, out -> out.write(scenario.toJson().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new DataException("Could not save scenario '" + scenario.name() + "' (" + e.getMessage() + ").",
                    target, -1, null, e);
        }
        return target;
    }

    public Scenario load(String name) {
        Path file = fileFor(name);
        if (!Files.exists(file)) {
            throw new DataException("There is no saved scenario '" + name + "'.", folder, -1, null, null);
        }
        Scenario scenario = read(file);
        if (!scenario.name().equals(name)) {
            throw new DataException("The file for '" + name + "' holds scenario '" + scenario.name()
                    + "'; rename one of them.", file, -1, null, null);
        }
        return scenario;
    }

    /** All saved scenarios, by name. */
    public List<Scenario> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))::iterator) {
                scenarios.add(read(file));
            }
        } catch (IOException e) {
            throw new DataException("Could not list saved scenarios (" + e.getMessage() + ").", folder, -1, null, e);
        }
        scenarios.sort(Comparator.comparing(Scenario::name));
        return scenarios;
    }

    private static Scenario read(Path file) {
        try {
            return Scenario.fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DataException("Could not read the scenario (" + e.getMessage() + ").", file, -1, null, e);
        }
    }

    /** Names become file names: anything but letters, digits, '-' and '_' is replaced by '_'. */
    private Path fileFor(String name) {
        return folder.resolve(name.strip().replaceAll("[^\\p{L}\\p{N}_-]", "_") + SUFFIX);
    }
}
