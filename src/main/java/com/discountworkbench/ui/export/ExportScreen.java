package com.discountworkbench.ui.export;

import com.discountworkbench.ui.i18n.Localization;
import com.discountworkbench.ui.main.StepScreen;
import com.discountworkbench.ui.main.StepView;
import com.discountworkbench.ui.main.WorkbenchContext;

/** The Export step's screen; its choices (columns, format, control group) last as long as the window. */
public final class ExportScreen implements StepScreen {
    private final ExportViewModel viewModel;

    public ExportScreen(WorkbenchContext context) {
        this.viewModel = new ExportViewModel(context, new DesktopFolderOpener());
    }

    @Override
    public StepView createView(Localization localization) {
        return new ExportStepView(viewModel, localization);
    }
}
