package com.discountworkbench.io;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvChunkReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.PolicyChunk;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes a recommended policy for the campaign in one go: draws the control group, writes the policy CSV and
 * the manifest beside it, each atomically. The manifest names the model file by hash; a model that was never
 * saved is saved beside the policy first ({@code POLICY.dwm}), so every export can be traced and reproduced.
 */
public final class PolicyExport {

    /**
     * How to write the policy.
     *
     * @param format       BOM, delimiter and decimal separator
     * @param columns      the columns to write (id and recommendation are always written)
     * @param holdoutShare share of customers drawn into the randomized control group, 0 for none
     * @param seed         seed of the control-group draw
     */
    public record Options(CsvExportFormat format, Set<PolicyColumn> columns, double holdoutShare, long seed) {
        public Options {
            columns = Set.copyOf(columns);
        }
    }

    /** The files written and what is in them. */
    public record Written(Path policy, Path manifest, Path modelFile, int customers, int controlCustomers) {
    }

    /** The files of a streamed export, and the optimizer's figures (the summary to show). */
    public record Streamed(Written written, StreamedPolicyWriter.Result result) {
    }

    private PolicyExport() {
    }

    /** Where a model without a file of its own is saved: {@code POLICY.csv} → {@code POLICY.dwm}. */
    public static Path modelPathFor(Path policyFile) {
        String name = policyFile.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return policyFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ModelFile.EXTENSION);
    }

    /**
     * @param ids               the id column of the policy's customers, null to number the rows
     * @param input             the customer file the policy was computed for
     * @param existingModelFile the model file the model was read from; null to save the model beside the policy
     */
    public static Written write(Path target, PolicyResult result, Column ids, DataSource input, DiscountModel model,
                                Path existingModelFile, Options options, TaskMonitor monitor) {
        OutputPaths.requireFileInExistingFolder(target, "policy.csv");
        HoldoutPlan plan = options.holdoutShare() > 0
                ? HoldoutPlan.draw(result.levels(), HoldoutPlan.candidateLevels(result.problem(),
                        result.constraints().maxDiscount()), options.holdoutShare(), options.seed())
                : HoldoutPlan.none(result.levels());
        new PolicyCsvWriter(options.format(), options.columns()).write(target, result.problem(), ids, plan, monitor);
        Path modelFile = modelFile(target, model, existingModelFile, monitor);
        PolicyManifest manifest = PolicyManifest.describe(target, modelFile, sha256(modelFile), input.file(),
                input.sha256(), result, plan);
        Path manifestFile = manifest.writeBeside(target);
        return new Written(target, manifestFile, modelFile, plan.levels().length, plan.controlCount());
    }

    /**
     * Writes the policy of a customer file read in chunks (larger than memory) with {@link StreamedPolicyWriter}:
     * the same rows, totals and manifest as {@link #write} gives for the whole file at once.
     *
     * @param chunks   the customer file, read in chunks; its hash is taken once every chunk was read
     * @param problems scores a chunk of rows at every level (see {@code CustomerScorer})
     */
    public static Streamed writeStreamed(Path target, CsvChunkReader chunks, Function<Dataset, PolicyChunk> problems,
                                         PolicyConstraints constraints, DiscountModel model, Path existingModelFile,
                                         Options options, TaskMonitor monitor) {
        OutputPaths.requireFileInExistingFolder(target, "policy.csv");
        StreamedPolicyWriter.Result result = new StreamedPolicyWriter(options.format(), options.columns())
                .write(target, chunks, problems, constraints, options.holdoutShare(), options.seed(), monitor);
        DataSource input = chunks.summary().source();
        Path modelFile = modelFile(target, model, existingModelFile, monitor);
        PolicyManifest manifest = PolicyManifest.describe(target, modelFile, sha256(modelFile), input.file(),
                input.sha256(), result, constraints, options.holdoutShare(),
                options.holdoutShare() > 0 ? options.seed() : 0);
        Path manifestFile = manifest.writeBeside(target);
        return new Streamed(new Written(target, manifestFile, modelFile, result.customers(), result.controls()),
                result);
    }

    /**
     * The model file the manifest names: the one the model came from, else the model saved beside the policy now;
     * the manifest is written next.
     */
    private static Path modelFile(Path target, DiscountModel model, Path existingModelFile, TaskMonitor monitor) {
        monitor.checkCancelled();
        Path modelFile = existingModelFile;
        if (modelFile == null) {
            monitor.progress(-1, "Saving the model beside the policy");
            modelFile = modelPathFor(target);
            ModelFile.write(modelFile, model);
        }
        monitor.progress(-1, "Writing the manifest");
        return modelFile;
    }

    private static String sha256(Path file) {
        try {
            return FileHashes.sha256(file);
        } catch (IOException e) {
            throw new DataException("Could not read the model file to record its fingerprint (" + e.getMessage()
                    + ").", file, -1, null, e);
        }
    }
}
