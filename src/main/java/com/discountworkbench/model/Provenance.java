package com.discountworkbench.model;

import com.discountworkbench.AppInfo;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.Dataset;
import java.time.Instant;
import java.util.Map;

/**
 * Where a model came from, recorded in the model file and copied into every export.
 *
 * @param inputFile     file name of the training data
 * @param inputSizeBytes its size
 * @param inputSha256   hex SHA-256 of its bytes
 * @param rows          rows the model saw (all splits)
 * @param roles         the column roles used
 * @param seed          seed of the split and of both networks
 * @param appVersion    Discount Workbench version
 * @param dl4jVersion   DeepLearning4J version
 * @param javaVersion   Java runtime version
 * @param createdAt     when training finished (ISO-8601, UTC)
 */
public record Provenance(String inputFile, long inputSizeBytes, String inputSha256, int rows,
                         Map<String, ColumnRole> roles, long seed, String appVersion, String dl4jVersion,
                         String javaVersion, String createdAt) {

    public Provenance {
        roles = Map.copyOf(roles);
    }

    public static Provenance of(Dataset data, long seed) {
        return new Provenance(String.valueOf(data.source().file().getFileName()), data.source().sizeBytes(),
                data.source().sha256(), data.rowCount(), data.roles(), seed, AppInfo.version(),
                AppInfo.dl4jVersion(), System.getProperty("java.version"), Instant.now().toString());
    }
}
