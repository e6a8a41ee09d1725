package com.discountworkbench.ui.feedback;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.sample.SampleCampaign;
import com.discountworkbench.sample.SampleCustomer;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.sample.SampleDatasets;
import java.nio.file.Path;
import java.util.List;

/** Outcomes of a simulated campaign on the customers of a sample file, for Feedback tests and screenshots. */
public final class CampaignFiles {
    private CampaignFiles() {
    }

    /**
     * Sends the first {@code policy.length} customers of the file the policy's discount, except one in ten: the
     * control group, sent a discount from the sample grid in turn. Writes what everybody did.
     */
    public static Path write(Dataset data, double[] policy, Path file) {
        List<SampleCustomer> sent = SampleDatasets.customers(data).subList(0, policy.length);
        double[] grid = SampleDataGenerator.discountLevels();
        double[] discounts = policy.clone();
        boolean[] holdout = new boolean[policy.length];
        for (int i = 0; i < policy.length; i += 10) {
            holdout[i] = true;
            discounts[i] = grid[(i / 10) % grid.length];
        }
        SampleCampaign.write(file, SampleCampaign.run(sent, discounts, 99), holdout);
        return file;
    }

    /** A policy sending the sample grid's discounts in turn. */
    public static double[] cyclingPolicy(int customers) {
        double[] grid = SampleDataGenerator.discountLevels();
        double[] policy = new double[customers];
        for (int i = 0; i < customers; i++) {
            policy[i] = grid[i % grid.length];
        }
        return policy;
    }
}
