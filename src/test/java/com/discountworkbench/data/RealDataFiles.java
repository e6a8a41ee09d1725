package com.discountworkbench.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The public data sets beside the repository ({@code ../shared/data}, as CI checks them out) or on the
 * development machine ({@code /work/shared/data}). Tests that need them are skipped when neither exists.
 */
public final class RealDataFiles {
    public static final String HILLSTROM = "hillstrom/hillstrom.csv";
    public static final String ONLINE_SHOPPERS = "online-shoppers-intention/online_shoppers_intention.csv";
    public static final String IN_VEHICLE_COUPON = "in-vehicle-coupon/in-vehicle-coupon-recommendation.csv";

    private RealDataFiles() {
    }

    public static Path require(String relative) {
        for (Path root : new Path[] {Path.of("..", "shared", "data"), Path.of("/work/shared/data")}) {
            Path candidate = root.resolve(relative);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        assumeTrue(false, "shared data file " + relative + " is not available");
        throw new IllegalStateException("unreachable");
    }
}
