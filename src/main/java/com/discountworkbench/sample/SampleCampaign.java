package com.discountworkbench.sample;

import com.discountworkbench.data.DataException;
import com.discountworkbench.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A simulated campaign on sample customers: each is sent a discount and responds as {@link TrueResponse} says, so
 * the Feedback step can be tried (and tested) against outcomes whose truth is known. The outcomes file has the
 * sample's id, discount, purchase and spend columns and a {@code holdout} column marking the control group.
 */
public final class SampleCampaign {
    public static final String HOLDOUT = "holdout";
    public static final List<String> COLUMNS = List.of(SampleColumns.CUSTOMER_ID, SampleColumns.DISCOUNT_OFFERED,
            HOLDOUT, SampleColumns.PURCHASED, SampleColumns.SPEND);

    private SampleCampaign() {
    }

    /** Each customer's response to the discount sent to them; the same seed always gives the same outcomes. */
    public static List<SampleRow> run(List<SampleCustomer> customers, double[] discounts, long seed) {
        if (discounts.length != customers.size()) {
            throw new IllegalArgumentException("One discount per customer is needed");
        }
        SampleDataGenerator responses = new SampleDataGenerator(seed);
        List<SampleRow> outcomes = new ArrayList<>(customers.size());
        for (int i = 0; i < discounts.length; i++) {
            outcomes.add(responses.respond(customers.get(i), discounts[i]));
        }
        return outcomes;
    }

    /** Writes the outcomes file atomically; {@code holdout} marks the control group, one flag per row. */
    public static void write(Path out, List<SampleRow> outcomes, boolean[] holdout) {
        try {
            AtomicFiles.writeText(out.toAbsolutePath(), StandardCharsets.UTF_8, writer -> {
                writer.write(String.join(",", COLUMNS));
                writer.write('\n');
                StringBuilder line = new StringBuilder(64);
                for (int i = 0; i < outcomes.size(); i++) {
                    SampleRow row = outcomes.get(i);
                    line.setLength(0);
                    line.append(row.customer().id()).append(',');
                    SampleCsv.appendFixed(line, row.discountOffered(), 2).append(',')
                            .append(holdout[i]).append(',')
                            .append(row.purchased() ? 1 : 0).append(',');
                    SampleCsv.appendFixed(line, row.spend(), 2).append('\n');
                    writer.append(line);
                }
            });
        } catch (IOException e) {
            throw new DataException("Could not write the outcomes file (" + e.getMessage() + ").", out, -1, null, e);
        }
    }
}
