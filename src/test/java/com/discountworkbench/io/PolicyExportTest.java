package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyCustomers;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.ResponseScorer;
import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole export from a real model: chosen columns and format, a control group, the manifest and the model file. */
class PolicyExportTest {
    @TempDir
    Path folder;

    @Test
    void writesTheChosenColumnsTheManifestAndTheUnsavedModel() throws IOException {
        TrainedSample sample = TrainedSample.get();
        Dataset data = sample.data();
        PolicyCustomers inputs = PolicyCustomers.of(sample.model(), data);
        ResponseMatrix responses = ResponseScorer.score(sample.model(), data,
                sample.model().preprocessing().treatmentLevels(), TaskMonitor.NONE);
        PolicyResult result = new PolicyOptimizer().optimize(inputs.problem(responses,
                OfferGrid.of(responses.levels()), inputs.defaultMarginSource(), null), PolicyConstraints.none());
        Path target = folder.resolve("policy.csv");
        PolicyExport.Options options = new PolicyExport.Options(CsvExportFormat.excelDecimalComma(),
                EnumSet.of(PolicyColumn.EXPECTED_PROFIT, PolicyColumn.HOLDOUT), 0.1, 5);

        PolicyExport.Written written = PolicyExport.write(target, result, inputs.ids(), data.source(),
                sample.model(), null, options, TaskMonitor.NONE);

        byte[] bytes = Files.readAllBytes(target);
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\n"));
        assertThat(lines.get(0)).isEqualTo("customer_id;recommended_discount;expected_profit;holdout");
        assertThat(lines).hasSize(TrainedSample.ROWS + 1);
        assertThat(written.controlCustomers()).isEqualTo(TrainedSample.ROWS / 10);
        assertThat(lines.stream().filter(line -> line.endsWith(";true"))).hasSize(TrainedSample.ROWS / 10);
        assertThat(written.modelFile()).isEqualTo(folder.resolve("policy.dwm")).exists();
        PolicyManifest manifest = PolicyManifest.read(written.manifest());
        assertThat(manifest.modelFile()).isEqualTo("policy.dwm");
        assertThat(manifest.modelSha256()).isEqualTo(FileHashes.sha256(written.modelFile()));
        assertThat(manifest.inputSha256()).isEqualTo(data.source().sha256()).hasSize(64);
        assertThat(manifest.holdoutCustomers()).isEqualTo(TrainedSample.ROWS / 10);
        assertThat(manifest.recommended().totals().profit()).isEqualTo(result.summary().totals().profit());
    }

    @Test
    void anExistingModelFileIsNamedNotCopied() throws IOException {
        TrainedSample sample = TrainedSample.get();
        PolicyCustomers inputs = PolicyCustomers.of(sample.model(), sample.data());
        ResponseMatrix responses = ResponseScorer.score(sample.model(), sample.data(),
                sample.model().preprocessing().treatmentLevels(), TaskMonitor.NONE);
        PolicyResult result = new PolicyOptimizer().optimize(inputs.problem(responses,
                OfferGrid.of(responses.levels()), inputs.defaultMarginSource(), null), PolicyConstraints.none());
        Path modelFile = folder.resolve("trained.dwm");
        ModelFile.write(modelFile, sample.model());

        PolicyExport.Written written = PolicyExport.write(folder.resolve("out.csv"), result, null,
                sample.data().source(), sample.model(), modelFile, new PolicyExport.Options(
                        CsvExportFormat.standard(), PolicyColumn.all(), 0, 1), TaskMonitor.NONE);

        assertThat(written.modelFile()).isEqualTo(modelFile);
        assertThat(folder.resolve("out.dwm")).doesNotExist();
        assertThat(Files.readAllLines(written.policy()).get(0)).startsWith("row,recommended_discount,p_buy_recommended,")
                .doesNotContain("holdout");
        assertThat(PolicyManifest.read(written.manifest()).modelFile()).isEqualTo("trained.dwm");
    }
}
