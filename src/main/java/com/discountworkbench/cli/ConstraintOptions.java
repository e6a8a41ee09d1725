package com.discountworkbench.cli;

import com.discountworkbench.data.DataException;
import com.discountworkbench.policy.Objective;
import com.discountworkbench.policy.PolicyConstraints;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The goal and the limits of a scenario, shared by the commands that optimize. */
final class ConstraintOptions {
    @Option(names = "--objective", paramLabel = "GOAL", defaultValue = "profit",
            description = "What to maximize per customer: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Objective objective;

    @Option(names = "--profit-floor", paramLabel = "AMOUNT",
            description = "Allow a level only if its expected profit per customer is at least this (default: 0 for"
                    + " revenue and conversions, none for profit).")
    private Double profitFloor;

    @Option(names = "--max-discount", paramLabel = "RATE", converter = RateConverter.class,
            description = "No discount above this rate, e.g. 0.20.")
    private Double maxDiscount;

    @Option(names = "--min-margin", paramLabel = "RATE", converter = RateConverter.class,
            description = "Minimum margin after discount as a share of the discounted price, e.g. 0.25.")
    private Double minMargin;

    @Option(names = "--budget", paramLabel = "AMOUNT",
            description = "Total expected discount cost (what customers do not pay) at most this amount.")
    private Double budget;

    @Option(names = "--segment-max-discount", paramLabel = "SEGMENT=RATE",
            description = "Maximum discount within one segment of --segment-column; repeatable.")
    private Map<String, String> segmentMaxDiscount = new LinkedHashMap<>();

    @Option(names = "--monotone",
            description = "Smooth predicted P(buy) so it never falls as the discount rises, before optimizing.")
    private boolean monotone;

    PolicyConstraints constraints() {
        Map<String, Double> caps = new LinkedHashMap<>();
        RateConverter rates = new RateConverter();
        segmentMaxDiscount.forEach((segment, rate) -> {
            try {
                caps.put(segment, rates.convert(rate));
            } catch (CommandLine.TypeConversionException e) {
                throw new DataException("--segment-max-discount " + segment + ": " + e.getMessage() + ".", e);
            }
        });
        return new PolicyConstraints(objective, profitFloor, maxDiscount, minMargin, budget, caps, monotone);
    }

    Double maxDiscount() {
        return maxDiscount;
    }
}
