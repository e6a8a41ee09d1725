package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.dialog.FakeDialogService;
import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.JobStatus;
import java.util.Locale;

/** A main view model wired to fakes: English, throw-away settings, scripted dialogs. */
final class ViewModelFixture implements AutoCloseable {
    final TestSettings settings = new TestSettings();
    final FakeDialogService dialogs = new FakeDialogService();
    final UiLanguage language = new UiLanguage(Localization.of(Locale.ENGLISH));
    final JobStatus jobs = new JobStatus();
    final PipelineViewModel pipeline = new PipelineViewModel();
    final MainViewModel main = new MainViewModel(pipeline, dialogs, language, settings.settings(), jobs);

    @Override
    public void close() throws Exception {
        settings.close();
    }
}
