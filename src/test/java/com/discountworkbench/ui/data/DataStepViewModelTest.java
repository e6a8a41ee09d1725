package com.discountworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.MainViewModel;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.task.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStepViewModelTest {
    private final TestSettings settings = new TestSettings();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    private final MainViewModel main = new MainViewModel(new PipelineViewModel(), dialogs, language, settings.settings(),
            new JobStatus());
    private final DataStepViewModel data = new DataStepViewModel(main, language);

    @TempDir
    Path folder;

    @AfterEach
    void close() throws Exception {
        settings.close();
    }

    @Test
    void showsTheChosenFilesNameFolderAndSize() throws Exception {
        assertThat(data.hasFile().get()).isFalse();
        assertThat(data.fileName().get()).isEmpty();
        Path csv = Files.write(folder.resolve("hillstrom.csv"), new byte[3 * 1024]);

        dialogs.answerFile(csv);
        data.importCsv();

        assertThat(data.hasFile().get()).isTrue();
        assertThat(data.fileName().get()).isEqualTo("hillstrom.csv");
        assertThat(data.fileDetails().get()).isEqualTo("in " + folder.toAbsolutePath() + " · 3.0 KB");

        language.switchTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(data.fileDetails().get()).isEqualTo("位于 " + folder.toAbsolutePath() + " · 3.0 KB");
    }
}
