package com.discountworkbench.ui.feedback;

import com.discountworkbench.data.Dataset;
import com.discountworkbench.sample.SampleCampaign;
import com.discountworkbench.sample.SampleCustomer;
import com.discountworkbench.sample.SampleDatasets;
import com.discountworkbench.sample.SampleDataGenerator;
import java.nio.file.Path;
import java.util.List;

/** Outcomes of a simulated campaign on the customers of a sample file, for Feedback tests and screenshots. */
public final class CampaignFiles {
    private CampaignFiles() {
    }

    /**
     * Sends the first {@code customers} customers a discount from the sample grid (cycling through it), one in ten
     * of them in a control group, and writes what they did.
     */
    public static Path write(Dataset data, int customers, Path file) {
        List<SampleCustomer> sent = SampleDatasets.customers(data).subList(0, customers);
        double[] grid = SampleDataGenerator.discountLevels();
        double[] discounts = new double[customers];
        boolean[] holdout = new boolean[customers];
        for (int i = 0; i < customers; i++) {
            discounts[i] = grid[i % grid.length];
            holdout[i] = i % 10 == 0;
        }
        SampleCampaign.write(file, SampleCampaign.run(sent, discounts, 99), holdout);
        return file;
    }
}
