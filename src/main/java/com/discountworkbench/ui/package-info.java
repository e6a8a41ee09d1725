/**
 * The JavaFX desktop application. MVVM: each screen has a {@code *View} (FXML beside it under resources, binds
 * only) and a {@code *ViewModel} (properties and logic, no nodes, tested without a display). Long work runs through
 * {@link com.discountworkbench.ui.task.TaskExecutor}; dialogs through {@link com.discountworkbench.ui.dialog.DialogService}.
 */
package com.discountworkbench.ui;
