package com.discountworkbench.ui.network;

import com.discountworkbench.model.NetworkSpec;
import java.util.Locale;
import java.util.function.Supplier;

/** Ready-made networks: a quick one, the benchmark-tested default, and a deeper one for large files. */
public enum NetworkPreset {
    SMALL(NetworkSpec::small),
    DEFAULT(NetworkSpec::defaults),
    DEEP(NetworkSpec::deep);

    private final Supplier<NetworkSpec> spec;

    NetworkPreset(Supplier<NetworkSpec> spec) {
        this.spec = spec;
    }

    /** The purchase-model version of the preset. */
    public NetworkSpec spec() {
        return spec.get();
    }

    public String labelKey() {
        return "network.preset." + name().toLowerCase(Locale.ROOT);
    }
}
