package com.discountworkbench.io;

import static com.discountworkbench.io.ZipEntries.put;
import static com.discountworkbench.io.ZipEntries.text;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataException;
import com.discountworkbench.json.Json;
import com.discountworkbench.model.NetworkTrainer;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.policy.Scenario;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

/**
 * The project file ({@code .dwb}): one zip with the workbench state as readable JSON parts and the trained model
 * as an embedded model file ({@link ModelFile}). The data is referenced by path and SHA-256, not copied.
 */
public final class ProjectFile {
    public static final String EXTENSION = ".dwb";
    static final String FORMAT = "discount-workbench-project";
    static final int FORMAT_VERSION = 1;

    private static final String HEADER = "project.json";
    private static final String PLAN = "plan.json";
    private static final String MODEL = "model" + ModelFile.EXTENSION;
    private static final String SCENARIOS = "scenarios.json";

    /** The small parts, readable on their own in {@code project.json}. */
    record Header(String format, int formatVersion, String appVersion, String savedAt, DataReference data,
                  Map<String, ColumnRole> roles, List<String> completedSteps) {
    }

    private ProjectFile() {
    }

    /** Writes the project completely or not at all. */
    public static void write(Path target, WorkbenchProject project) {
        byte[] model = project.model() == null ? null : ModelFile.toBytes(project.model());
        Header header = new Header(FORMAT, FORMAT_VERSION, AppInfo.version(), Instant.now().toString(), project.data(),
                project.roles(), project.completedSteps());
        try {
            AtomicFiles.write(target, out -> {
                ZipOutputStream zip = new ZipOutputStream(out);
                put(zip, HEADER, Json.write(header));
                put(zip, PLAN, project.plan().toJson());
                put(zip, SCENARIOS, Json.write(project.scenarios()));
                if (model != null) {
                    put(zip, MODEL, model);
                }
                zip.finish();
            });
        } catch (IOException e) {
            throw new DataException("Could not save the project (" + e.getMessage()
                    + "). Check that the folder exists and is writable.", target, -1, null, e);
        }
    }

    /** @param networks reads the embedded model's networks back (the DeepLearning4J adapter) */
    public static WorkbenchProject read(Path file, NetworkTrainer networks) {
        if (!Files.isRegularFile(file)) {
            throw new DataException("The project file does not exist or is a folder.", file, -1, null, null);
        }
        Map<String, byte[]> entries = entries(file);
        byte[] headerBytes = entries.get(HEADER);
        if (headerBytes == null) {
            throw notAProject(file, null);
        }
        try {
            Header header = Json.read(text(headerBytes), Header.class, "project header");
            if (!FORMAT.equals(header.format()) || header.formatVersion() > FORMAT_VERSION) {
                throw new DataException("This project was written by a newer or different program (format "
                        + header.format() + " " + header.formatVersion() + "). Open it with a newer version.",
                        file, -1, null, null);
            }
            byte[] plan = entries.get(PLAN);
            byte[] scenarios = entries.get(SCENARIOS);
            byte[] model = entries.get(MODEL);
            return new WorkbenchProject(header.data(), header.roles(),
                    plan == null ? null : TrainingPlan.fromJson(text(plan)),
                    model == null ? null : ModelFile.fromBytes(model, file, networks),
                    scenarios == null ? null : List.of(Json.read(text(scenarios), Scenario[].class, "saved scenarios")),
                    header.completedSteps());
        } catch (DataException e) {
            if (e.file().isPresent()) {
                throw e;
            }
            throw new DataException("The project file is damaged: " + e.getMessage(), file, -1, null, e);
        }
    }

    private static Map<String, byte[]> entries(Path file) {
        try {
            return ZipEntries.read(Files.newInputStream(file));
        } catch (ZipException e) {
            throw notAProject(file, e);
        } catch (IOException e) {
            throw new DataException("Could not read the project (" + e.getMessage() + ").", file, -1, null, e);
        }
    }

    private static DataException notAProject(Path file, Throwable cause) {
        return new DataException("This is not a Discount Workbench project. Choose a " + EXTENSION
                + " file saved by the workbench.", file, -1, null, cause);
    }
}
