package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.FileHashes;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.policy.PolicyInputs;
import com.discountworkbench.policy.PolicySettings;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Reads a model file and a customer file and scores every customer at every level, for the policy commands. */
final class PolicyInputLoader {
    private PolicyInputLoader() {
    }

    static DiscountModel readModel(Path modelFile) {
        return ModelFile.read(modelFile, new Dl4jTrainer());
    }

    /** Notes about the reading go to {@code err}, so standard output stays clean for tables and JSON. */
    static PolicyInputs load(DiscountModel model, Path customersFile, CsvInputOptions input, PolicySettings settings,
                             PrintWriter err) {
        LoadedDataset loaded = input.read(customersFile, Map.of(), TaskMonitor.NONE);
        PolicyInputs inputs = PolicyInputs.prepare(model, loaded.dataset(), settings, TaskMonitor.NONE);
        inputs.notes().forEach(note -> err.println("note: " + note));
        err.flush();
        return inputs;
    }

    /** The file's SHA-256 for a manifest. */
    static String sha256(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new DataException("Could not read the file (" + e.getMessage() + ").", file, -1, null, e);
        }
    }

    /** Fails before any slow work when a file could not be written there. */
    static void checkWritable(Path target, String what) {
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new DataException("The " + what + " is a folder. Give a file name such as policy.csv.", target, -1,
                    null, null);
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DataException("The folder " + folder + " does not exist. Create it first or choose another.",
                    target, -1, null, null);
        }
    }
}
