package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.AppInfo;
import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.HoldoutPlan;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Totals;
import com.discountworkbench.prep.TreatmentLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyManifestTest {
    @TempDir
    Path folder;

    @Test
    void recordsProvenanceConstraintsSeedAndTotalsBesideThePolicy() throws IOException {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.1));
        int customers = 100;
        float[] p = new float[customers * 2];
        float[] s = new float[customers * 2];
        for (int i = 0; i < customers; i++) {
            p[2 * i] = 0.1f;
            p[2 * i + 1] = i % 2 == 0 ? 0.3f : 0.11f;
            s[2 * i] = 50;
            s[2 * i + 1] = 45;
        }
        PolicyProblem problem = new PolicyProblem(new ResponseMatrix(grid, customers, p, s), OfferGrid.of(grid),
                CustomerEconomics.uniformMargin(customers, 0.5));
        PolicyConstraints constraints = PolicyConstraints.none().withMaxDiscount(0.2).withBudget(100.0);
        PolicyResult result = new PolicyOptimizer().optimize(problem, constraints);
        HoldoutPlan plan = HoldoutPlan.draw(result.levels(), new int[] {0, 1}, 0.1, 77);

        Path model = Files.writeString(folder.resolve("model.dwm"), "model bytes");
        Path input = Files.writeString(folder.resolve("customers.csv"), "id\n1\n");
        Path policy = folder.resolve("POLICY.csv");
        PolicyManifest manifest = PolicyManifest.describe(policy, model, FileHashes.sha256(model), input,
                FileHashes.sha256(input), result, plan);
        Path written = manifest.writeBeside(policy);

        assertThat(written).isEqualTo(folder.resolve("POLICY.manifest.json"));
        String json = Files.readString(written);
        assertThat(json).contains("\"modelSha256\"", "\"inputSha256\"", "\"seed\" : 77", "\"appVersion\"",
                "\"constraints\"", "\"budget\" : 100.0", "\"createdAt\"");
        PolicyManifest read = PolicyManifest.read(written);
        assertThat(read).isEqualTo(manifest);
        assertThat(read.modelSha256()).isEqualTo(FileHashes.sha256(model)).hasSize(64)
                .isNotEqualTo(read.inputSha256());
        assertThat(read.modelFile()).isEqualTo("model.dwm");
        assertThat(read.inputFile()).isEqualTo("customers.csv");
        assertThat(read.appVersion()).isEqualTo(AppInfo.version());
        assertThat(read.customers()).isEqualTo(customers);
        assertThat(read.holdoutCustomers()).isEqualTo(10);
        assertThat(read.constraints()).isEqualTo(constraints);
        assertThat(read.recommended().totals()).isEqualTo(result.summary().totals());
        assertThat(read.exported()).isEqualTo(Totals.of(problem, plan.levels()));
        assertThat(read.baselineLevel()).isEqualTo("0");
    }

    @Test
    void hashesFilesWithSha256() throws IOException {
        Path file = Files.writeString(folder.resolve("abc.txt"), "abc");
        assertThat(FileHashes.sha256(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void manifestNameDropsTheLastExtension() {
        assertThat(PolicyManifest.pathFor(Path.of("out", "spring.policy.csv")))
                .isEqualTo(Path.of("out", "spring.policy.manifest.json"));
        assertThat(PolicyManifest.pathFor(Path.of("plain"))).isEqualTo(Path.of("plain.manifest.json"));
    }
}
