package com.discountworkbench.cli;

import com.discountworkbench.policy.OfferEconomics;
import com.discountworkbench.policy.PolicySettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Which offers to choose from, what they cost, and where margins and segments come from. */
final class EconomicsOptions {
    @Option(names = "--levels", split = ",", paramLabel = "RATES", converter = RateConverter.class,
            description = "Discount rates to choose from, e.g. 0,0.05,0.10,0.15 (must include 0; default: the levels"
                    + " the model was trained on). Only for a discount-rate treatment.")
    private List<Double> levels;

    @Option(names = "--offer", paramLabel = "\"NAME:discount=RATE,cost=AMOUNT\"",
            description = "Economics of one level, repeatable: the discount rate of a named offer and the fixed cost"
                    + " per offer made, e.g. \"Mens E-Mail:discount=0,cost=0.10\" or \"0.15:cost=0.50\". Both are 0"
                    + " unless set.")
    private List<String> offers = new ArrayList<>();

    @Option(names = "--margin-column", paramLabel = "COL",
            description = "Column with each customer's gross margin rate (default: the model's margin column when the"
                    + " file has it).")
    private String marginColumn;

    @Option(names = "--margin-rate", paramLabel = "RATE", converter = RateConverter.class,
            description = "One gross margin rate for every customer, e.g. 0.35 (instead of a margin column).")
    private Double marginRate;

    @Option(names = "--segment-column", paramLabel = "COL",
            description = "Column that groups customers (region, tier) for the distribution and per-segment caps.")
    private String segmentColumn;

    PolicySettings settings() {
        return new PolicySettings(levels, offers.stream().map(OfferEconomics::parse).toList(), marginColumn,
                marginRate, segmentColumn);
    }
}
