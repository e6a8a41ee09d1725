package com.discountworkbench.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the desktop application remembers between runs: language, recent files, last folder. */
public final class UiSettings {
    public static final String NODE = "com/discountworkbench";
    public static final int MAX_RECENT_FILES = 8;

    private static final Logger LOG = LoggerFactory.getLogger(UiSettings.class);
    private static final String LANGUAGE = "language";
    private static final String LAST_DIRECTORY = "lastDirectory";
    private static final String RECENT = "recent.";

    private final Preferences node;

    public UiSettings(Preferences node) {
        this.node = node;
    }

    /** The settings of the current user. */
    public static UiSettings user() {
        return new UiSettings(Preferences.userRoot().node(NODE));
    }

    public Optional<Locale> language() {
        String tag = node.get(LANGUAGE, "");
        return tag.isEmpty() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLanguage(Locale locale) {
        node.put(LANGUAGE, locale.toLanguageTag());
        flush();
    }

    public Optional<Path> lastDirectory() {
        String directory = node.get(LAST_DIRECTORY, "");
        return directory.isEmpty() ? Optional.empty() : Optional.of(Path.of(directory));
    }

    public void setLastDirectory(Path directory) {
        node.put(LAST_DIRECTORY, directory.toAbsolutePath().toString());
        flush();
    }

    /** Most recent first. */
    public List<Path> recentFiles() {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            String file = node.get(RECENT + i, "");
            if (!file.isEmpty()) {
                files.add(Path.of(file));
            }
        }
        return files;
    }

    public void setRecentFiles(List<Path> files) {
        for (int i = 0; i < MAX_RECENT_FILES; i++) {
            if (i < files.size()) {
                node.put(RECENT + i, files.get(i).toAbsolutePath().toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** Settings are a convenience: a read-only home folder must not stop the application. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("Could not save settings: {}", e.getMessage());
        }
    }
}
