package com.discountworkbench.ui.common;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in a throw-away preferences node, so tests never touch the analyst's real settings. */
public final class TestSettings implements AutoCloseable {
    private final Preferences node = Preferences.userRoot().node("com/discountworkbench-test/" + UUID.randomUUID());
    private final UiSettings settings = new UiSettings(node);

    public UiSettings settings() {
        return settings;
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
    }
}
