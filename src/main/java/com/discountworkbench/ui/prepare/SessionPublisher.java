package com.discountworkbench.ui.prepare;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.PipelineViewModel;
import com.discountworkbench.ui.session.RoleAssignment;
import com.discountworkbench.ui.session.WorkbenchSession;
import java.util.Map;
import java.util.Optional;

/**
 * The one way data, roles and preprocessing choices reach the session, wherever the analyst changes them (Data
 * screen, Prepare screen, an opened project), so the three stay consistent and the pipeline states stay honest:
 * new results mark their step done and later steps stale; unusable choices take the Prepare step back.
 * FX thread only; everything here is fast enough for it (checks run on a small sample).
 */
public final class SessionPublisher {
    private final WorkbenchSession session;
    private final PipelineViewModel pipeline;

    public SessionPublisher(WorkbenchSession session, PipelineViewModel pipeline) {
        this.session = session;
        this.pipeline = pipeline;
    }

    /** Newly read data with how it was read and the preprocessing choices for it. */
    public void publishData(LoadedDataset loaded, CsvOptions options, PrepSpec spec) {
        session.readOptionsProperty().set(options);
        session.dataProperty().set(loaded);
        session.planProperty().set(session.planProperty().get().withPreprocessing(spec));
        pipeline.markDone(PipelineStep.DATA);
        markPreparation(loaded.dataset(), spec);
    }

    /**
     * Gives a column a role: the data is republished with it (a column that held the same single role is ignored
     * from now on), the column gets the default preprocessing for its new role, and later steps go stale.
     */
    public void changeRole(String column, ColumnRole role) {
        LoadedDataset before = session.dataProperty().get();
        if (before == null) {
            return;
        }
        LoadedDataset after = RoleAssignment.apply(before, Map.of(column, role));
        if (after == before) {
            return;
        }
        PrepSpec spec = session.planProperty().get().preprocessing();
        PrepSpec aligned = SpecAlignment.fits(spec, before.dataset())
                ? SpecAlignment.follow(spec, before.dataset(), after.dataset())
                : PrepSpec.defaults(after.dataset());
        session.dataProperty().set(after);
        session.planProperty().set(session.planProperty().get().withPreprocessing(aligned));
        pipeline.markDone(PipelineStep.DATA);
        markPreparation(after.dataset(), aligned);
    }

    /**
     * New preprocessing choices for the current data.
     *
     * @return why the choices cannot be trained on; empty when they can
     */
    public Optional<String> publishSpec(PrepSpec spec) {
        session.planProperty().set(session.planProperty().get().withPreprocessing(spec));
        LoadedDataset loaded = session.dataProperty().get();
        return loaded == null ? Optional.empty() : markPreparation(loaded.dataset(), spec);
    }

    private Optional<String> markPreparation(Dataset data, PrepSpec spec) {
        Optional<String> problem = SpecCheck.problem(data, spec);
        if (problem.isEmpty()) {
            pipeline.markDone(PipelineStep.PREPARE);
        } else {
            pipeline.discard(PipelineStep.PREPARE);
        }
        return problem;
    }
}
