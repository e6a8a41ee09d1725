package com.discountworkbench.ui.main;

import com.discountworkbench.ui.common.UiSettings;
import com.discountworkbench.ui.dialog.DialogService;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.TaskExecutor;

/** The services a screen may use. One per application; screens receive it when they are first shown. */
public record WorkbenchContext(MainViewModel main, TaskExecutor tasks, DialogService dialogs, UiSettings settings,
                               WorkbenchSession session) {

    public PipelineViewModel pipeline() {
        return main.pipeline();
    }

    public UiLanguage language() {
        return main.language();
    }
}
