/**
 * Background work for the desktop application: {@link com.discountworkbench.ui.task.BackgroundTask}s run through a
 * {@link com.discountworkbench.ui.task.TaskExecutor} so nothing slow runs on the FX thread, report progress through
 * the core's {@link com.discountworkbench.task.TaskMonitor}, and feed the status bar via {@link JobStatus}.
 * {@link com.discountworkbench.ui.task.FxThrottle} bounds how often worker threads update the screen.
 */
package com.discountworkbench.ui.task;
