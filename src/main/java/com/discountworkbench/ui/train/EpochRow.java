package com.discountworkbench.ui.train;

import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;

/** One line of the per-epoch table: which model, and what its epoch achieved. */
public record EpochRow(ModelKind model, EpochMetrics metrics) {
}
