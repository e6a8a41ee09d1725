package com.discountworkbench.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public data sets beside the repository (CI clones {@code shared/} next to it), else skip the test. */
public final class SharedData {
    public static final String HILLSTROM = "hillstrom/hillstrom.csv";
    public static final String ONLINE_SHOPPERS = "online-shoppers-intention/online_shoppers_intention.csv";
    public static final String IN_VEHICLE_COUPON = "in-vehicle-coupon/in-vehicle-coupon-recommendation.csv";

    private SharedData() {
    }

    /** @param relative path under the data folder, e.g. {@code hillstrom/hillstrom.csv} */
    public static Path require(String relative) {
        for (Path root : new Path[] {Path.of("..", "shared", "data"), Path.of("/work/shared/data")}) {
            Path file = root.resolve(relative);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        assumeTrue(false, "shared data " + relative + " is not available");
        throw new AssertionError("unreachable");
    }
}
