package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.ui.dialog.UncaughtErrorHandler;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.RoleAssignment;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one way data, roles and preprocessing choices reach the session, wherever the analyst changes them (Data
 * screen, Prepare screen, an opened project), so the three stay consistent and the pipeline states stay honest:
 * new results mark their step done and later steps stale; unusable choices take the Prepare step back.
 * Called on the FX thread. Role changes are worked out in the background (the quality checks read every row);
 * the choice checks run on a small sample and are fast enough for the FX thread.
 */
public final class SessionPublisher {
    private final WorkbenchContext context;
    private final WorkbenchSession session;
    private final PipelineViewModel pipeline;
    private final Map<String, ColumnRole> queuedRoles = new LinkedHashMap<>();
    private boolean changingRoles;

    /** The outcome of a role change, worked out on a worker thread. */
    private record RoleChange(LoadedDataset data, PrepSpec spec, Optional<String> problem) {
    }

    public SessionPublisher(WorkbenchContext context) {
        this.context = context;
        this.session = context.session();
        this.pipeline = context.pipeline();
    }

    /** Newly read data with how it was read and the preprocessing choices for it. */
    public void publishData(LoadedDataset loaded, CsvOptions options, PrepSpec spec) {
        session.readOptionsProperty().set(options);
        session.dataProperty().set(loaded);
        session.planProperty().set(session.planProperty().get().withPreprocessing(spec));
        pipeline.markDone(PipelineStep.DATA);
        markPreparation(SpecCheck.problem(loaded.dataset(), spec));
    }

    /**
     * Gives a column a role: the data is republished with it (a column that held the same single role is ignored
     * from now on), the column gets the default preprocessing for its new role, and later steps go stale. Changes
     * asked for while one is worked out follow it, in order.
     */
    public void changeRole(String column, ColumnRole role) {
        queuedRoles.put(column, role);
        if (!changingRoles) {
            changeQueuedRoles();
        }
    }

    /**
     * New preprocessing choices for the current data.
     *
     * @return why the choices cannot be trained on; empty when they can
     */
    public Optional<String> publishSpec(PrepSpec spec) {
        session.planProperty().set(session.planProperty().get().withPreprocessing(spec));
        LoadedDataset loaded = session.dataProperty().get();
        return loaded == null ? Optional.empty() : markPreparation(SpecCheck.problem(loaded.dataset(), spec));
    }

    private void changeQueuedRoles() {
        LoadedDataset before = session.dataProperty().get();
        if (queuedRoles.isEmpty() || before == null) {
            queuedRoles.clear();
            changingRoles = false;
            return;
        }
        changingRoles = true;
        Map<String, ColumnRole> changes = Map.copyOf(queuedRoles);
        queuedRoles.clear();
        PrepSpec spec = session.planProperty().get().preprocessing();
        String title = context.language().text("data.changingRoles", String.join(
                context.language().text("list.separator"), changes.keySet()));
        context.tasks().execute(BackgroundTask.of(title, monitor -> roleChange(before, spec, changes))
                .onSuccess(change -> {
                    // Data read or opened meanwhile replaces what the change was made for.
                    if (session.dataProperty().get() == before && change.data() != before) {
                        apply(change);
                    }
                    changeQueuedRoles();
                })
                .onFailure(failure -> {
                    queuedRoles.clear();
                    changingRoles = false;
                    new UncaughtErrorHandler(context.dialogs(), context.language()).report(failure);
                }));
    }

    private static RoleChange roleChange(LoadedDataset before, PrepSpec spec, Map<String, ColumnRole> changes) {
        LoadedDataset after = RoleAssignment.apply(before, changes);
        Dataset data = after.dataset();
        PrepSpec aligned = SpecAlignment.fits(spec, before.dataset())
                ? SpecAlignment.follow(spec, before.dataset(), data)
                : PrepSpec.defaults(data);
        return new RoleChange(after, aligned, SpecCheck.problem(data, aligned));
    }

    private void apply(RoleChange change) {
        session.dataProperty().set(change.data());
        session.planProperty().set(session.planProperty().get().withPreprocessing(change.spec()));
        pipeline.markDone(PipelineStep.DATA);
        markPreparation(change.problem());
    }

    private Optional<String> markPreparation(Optional<String> problem) {
        if (problem.isEmpty()) {
            pipeline.markDone(PipelineStep.PREPARE);
        } else {
            pipeline.discard(PipelineStep.PREPARE);
        }
        return problem;
    }
}
