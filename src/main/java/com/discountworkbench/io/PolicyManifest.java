package com.discountworkbench.io;

import com.discountworkbench.AppInfo;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.OfferEconomics;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ScenarioSummary;
import com.discountworkbench.policy.Totals;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * Provenance written beside a policy export as {@code <name>.manifest.json}: which model and input made
 * it (SHA-256), the economics and limits, the seed of the control-group draw, and the totals, so a file
 * found months later can be traced and reproduced.
 *
 * @param policyFile        the export's file name
 * @param createdAt         ISO-8601 instant
 * @param appVersion        {@link AppInfo#version()}
 * @param modelFile         the model file's name
 * @param modelSha256       hex SHA-256 of the model file
 * @param inputFile         the scored customer file's name
 * @param inputSha256       hex SHA-256 of that file
 * @param customers         rows written
 * @param holdoutShare      the control-group share requested
 * @param holdoutCustomers  customers in the control group
 * @param seed              seed of the control-group draw
 * @param baselineLevel     the level incremental figures are measured against
 * @param offers            each level's discount rate and fixed cost
 * @param constraints       goal and limits
 * @param recommended       the optimizer's figures (before the control group)
 * @param exported          expected totals of the levels in the file (control group included)
 */
public record PolicyManifest(String policyFile, String createdAt, String appVersion, String modelFile,
                             String modelSha256, String inputFile, String inputSha256, int customers,
                             double holdoutShare, int holdoutCustomers, long seed, String baselineLevel,
                             List<OfferEconomics> offers, PolicyConstraints constraints, ScenarioSummary recommended,
                             Totals exported) {
    /** Where the manifest of a policy file goes: {@code POLICY.csv} → {@code POLICY.manifest.json}. */
    public static Path pathFor(Path policyFile) {
        return Manifests.pathFor(policyFile);
    }

    /** Describes a policy export; the hashes come from {@link FileHashes#sha256}. */
    public static PolicyManifest describe(Path policyFile, Path modelFile, String modelSha256, Path inputFile,
                                          String inputSha256, PolicyResult result, HoldoutPlan plan) {
        return new PolicyManifest(policyFile.getFileName().toString(), Instant.now().toString(), AppInfo.version(),
                modelFile.getFileName().toString(), modelSha256, inputFile.getFileName().toString(), inputSha256,
                plan.levels().length, plan.share(), plan.controlCount(), plan.seed(),
                result.summary().noDiscountLevel(), result.problem().offers().offers(), result.constraints(),
                result.summary(), Totals.of(result.problem(), plan.levels()));
    }

    /** Writes the manifest beside the policy file, atomically. */
    public Path writeBeside(Path policyFile) {
        return Manifests.writeBeside(policyFile, this);
    }

    public static PolicyManifest read(Path manifest) {
        return Manifests.read(manifest, PolicyManifest.class, "policy manifest");
    }
}
