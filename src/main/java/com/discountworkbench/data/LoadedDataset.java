package com.discountworkbench.data;

import java.util.Objects;

/** A dataset read from a file, with what the reader found out about its quality. */
public record LoadedDataset(Dataset dataset, QualityReport report) {
    public LoadedDataset {
        Objects.requireNonNull(dataset);
        Objects.requireNonNull(report);
    }
}
