package com.discountworkbench.io;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.Provenance;
import com.discountworkbench.model.TrainedNetwork;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Provenance written beside a scores file as {@code <name>.manifest.json}: the scored input and the model
 * (both with SHA-256), how the model was trained (its own provenance: training file hash, seed, versions),
 * the preprocessing and both networks, so the scores can be traced and reproduced.
 *
 * @param scoresFile      the export's file name
 * @param createdAt       ISO-8601 instant
 * @param appVersion      {@link AppInfo#version()}
 * @param inputFile       the scored customer file's name
 * @param inputSha256     hex SHA-256 of that file as it was read
 * @param rows            customers written
 * @param scoredRows      customers with scores (the others had a missing value in a "drop row" column)
 * @param columns         the header of the scores file
 * @param modelFile       the model file's name
 * @param modelSha256     hex SHA-256 of the model file
 * @param training        the model's provenance
 * @param preprocessing   the fitted preprocessing, one line per column as {@code describe()} prints it
 * @param purchaseNetwork the purchase network's spec
 * @param valueNetwork    the value network's spec; null when the model uses the mean spend of training buyers
 */
public record ScoresManifest(String scoresFile, String createdAt, String appVersion, String inputFile,
                             String inputSha256, int rows, int scoredRows, List<String> columns, String modelFile,
                             String modelSha256, Provenance training, List<String> preprocessing,
                             NetworkSpec purchaseNetwork, NetworkSpec valueNetwork) {

    public ScoresManifest {
        columns = List.copyOf(columns);
        preprocessing = List.copyOf(preprocessing);
    }

    /** @param modelSha256 from {@link FileHashes#sha256} of the model file */
    public static ScoresManifest describe(Path scoresFile, Dataset input, ScoresCsvWriter.Written written,
                                          Path modelFile, String modelSha256, DiscountModel model) {
        return new ScoresManifest(scoresFile.getFileName().toString(), Instant.now().toString(), AppInfo.version(),
                String.valueOf(input.source().file().getFileName()), input.source().sha256(), written.rows(),
                written.scoredRows(), written.columns(), modelFile.getFileName().toString(), modelSha256,
                model.provenance(), model.preprocessing().describe().lines().map(String::strip).toList(),
                model.purchase().spec(),
                model.value().map(TrainedNetwork::spec).orElse(null));
    }

    /** Writes the manifest beside the scores file, atomically; returns its path. */
    public Path writeBeside(Path scoresFile) {
        return Manifests.writeBeside(scoresFile, this);
    }

    public static ScoresManifest read(Path manifest) {
        return Manifests.read(manifest, ScoresManifest.class, "scores manifest");
    }
}
