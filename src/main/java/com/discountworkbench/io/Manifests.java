package com.discountworkbench.io;

import com.discountworkbench.data.DataException;
import com.discountworkbench.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Provenance files written beside an export as {@code <name>.manifest.json}, so a file found months later can be
 * traced to the model and input that made it.
 */
final class Manifests {
    private static final String SUFFIX = ".manifest.json";

    private Manifests() {
    }

    /** {@code spring.policy.csv} → {@code spring.policy.manifest.json}. */
    static Path pathFor(Path exportFile) {
        String name = exportFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return exportFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + SUFFIX);
    }

    /** Writes the manifest as JSON beside the export, atomically; returns where. */
    static Path writeBeside(Path exportFile, Object manifest) {
        Path target = pathFor(exportFile);
        try {
            byte[] json = Json.write(manifest).getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(target, out -> out.write(json));
        } catch (IOException e) {
            throw new DataException("Could not write the manifest (" + e.getMessage() + ").", target, -1, null, e);
        }
        return target;
    }

    static <T> T read(Path manifest, Class<T> type, String what) {
        try {
            return Json.read(Files.readString(manifest, StandardCharsets.UTF_8), type, what);
        } catch (IOException e) {
            throw new DataException("Could not read the " + what + " (" + e.getMessage() + ").", manifest, -1, null,
                    e);
        }
    }
}
