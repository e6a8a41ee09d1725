package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.policy.CustomerEconomics;
import com.discountworkbench.policy.OfferGrid;
import com.discountworkbench.policy.PolicyConstraints;
import com.discountworkbench.policy.PolicyOptimizer;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.ResponseMatrix;
import com.discountworkbench.policy.Segments;
import com.discountworkbench.policy.Simulator;
import com.discountworkbench.policy.SweepTable;
import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.task.TaskMonitor;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartWriterTest {
    @TempDir
    Path folder;

    private static PolicyProblem problem() {
        List<TreatmentLevel> grid = List.of(TreatmentLevel.discount(0), TreatmentLevel.discount(0.1),
                TreatmentLevel.discount(0.2));
        int customers = 60;
        float[] p = new float[customers * 3];
        float[] s = new float[customers * 3];
        float[] costRatio = new float[customers];
        for (int i = 0; i < customers; i++) {
            costRatio[i] = 0.4f + 0.005f * i;
            for (int k = 0; k < 3; k++) {
                p[3 * i + k] = 0.1f + k * 0.004f * (i % 10);
                s[3 * i + k] = 60 * (1 - 0.1f * k);
            }
        }
        int[] segments = new int[customers];
        for (int i = 0; i < customers; i++) {
            segments[i] = i % 2;
        }
        return new PolicyProblem(new ResponseMatrix(grid, customers, p, s), OfferGrid.of(grid),
                CustomerEconomics.ofCostRatios(costRatio), new Segments(segments, List.of("web", "store")));
    }

    @Test
    void drawsSweepsAndTheDistributionHeadless() throws IOException {
        assertThat(GraphicsEnvironment.isHeadless()).as("surefire runs with java.awt.headless=true").isTrue();
        PolicyProblem problem = problem();
        SweepTable sweep = new Simulator().minMarginSweep(problem, PolicyConstraints.none(),
                new double[] {0, 0.1, 0.2, 0.3}, TaskMonitor.NONE);
        Path sweepPng = folder.resolve("margin.png");
        ChartWriter.writeSweep(sweep, sweepPng);
        Path distributionPng = folder.resolve("distribution.png");
        ChartWriter.writeDistribution(new PolicyOptimizer().optimize(problem, PolicyConstraints.none()).summary(),
                distributionPng);

        for (Path png : List.of(sweepPng, distributionPng)) {
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image).as("%s is a PNG", png.getFileName()).isNotNull();
            assertThat(image.getWidth()).isEqualTo(900);
            assertThat(image.getHeight()).isEqualTo(540);
        }
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2);
        }
    }

    @Test
    void budgetSweepsChartToo() throws IOException {
        PolicyProblem problem = problem();
        Simulator simulator = new Simulator();
        double[] budgets = simulator.budgetRange(problem, PolicyConstraints.none(), 5);
        byte[] png = ChartWriter.sweepPng(simulator.budgetSweep(problem, PolicyConstraints.none(), budgets,
                TaskMonitor.NONE));
        assertThat(png).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }
}
