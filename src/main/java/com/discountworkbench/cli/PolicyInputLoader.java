package com.discountworkbench.cli;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.io.ModelFile;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.dl4j.Dl4jTrainer;
import com.discountworkbench.policy.PolicyInputs;
import com.discountworkbench.policy.PolicySettings;
import com.discountworkbench.task.TaskMonitor;
import java.io.PrintWriter;
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
}
