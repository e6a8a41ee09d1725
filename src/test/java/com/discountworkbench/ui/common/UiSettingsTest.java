package com.discountworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UiSettingsTest {
    private final TestSettings testSettings = new TestSettings();
    private final UiSettings settings = testSettings.settings();

    @AfterEach
    void removeNode() throws Exception {
        testSettings.close();
    }

    @Test
    void remembersLanguageAndLastDirectory() {
        assertThat(settings.language()).isEmpty();
        settings.setLanguage(Locale.SIMPLIFIED_CHINESE);
        settings.setLastDirectory(Path.of("/tmp/data"));

        assertThat(settings.language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(settings.lastDirectory()).contains(Path.of("/tmp/data"));
    }

    @Test
    void keepsAtMostEightRecentFilesInOrder() {
        List<Path> files = IntStream.range(0, 10).mapToObj(i -> Path.of("/tmp/file" + i + ".csv")).toList();
        settings.setRecentFiles(files);

        assertThat(settings.recentFiles()).containsExactlyElementsOf(files.subList(0, UiSettings.MAX_RECENT_FILES));

        settings.setRecentFiles(files.subList(0, 2));
        assertThat(settings.recentFiles()).containsExactly(files.get(0), files.get(1));
    }
}
