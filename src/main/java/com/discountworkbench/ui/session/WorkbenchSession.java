package com.discountworkbench.ui.session;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.policy.PolicyProblem;
import com.discountworkbench.policy.PolicyResult;
import com.discountworkbench.policy.Scenario;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The analyst's work in progress, shared by every screen: each screen reads what earlier steps produced and
 * publishes its own result here. Changed on the FX thread only.
 */
public final class WorkbenchSession {
    private final ObjectProperty<LoadedDataset> data = new SimpleObjectProperty<>(this, "data");
    private final ObjectProperty<CsvOptions> readOptions = new SimpleObjectProperty<>(this, "readOptions",
            CsvOptions.detect());
    private final ObjectProperty<TrainingPlan> plan = new SimpleObjectProperty<>(this, "plan", TrainingPlan.defaults());
    private final ObjectProperty<DiscountModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<PolicyProblem> problem = new SimpleObjectProperty<>(this, "problem");
    private final ObjectProperty<PolicyResult> policy = new SimpleObjectProperty<>(this, "policy");
    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final BooleanProperty engineReady = new SimpleBooleanProperty(this, "engineReady");

    /** The loaded customer file with its quality report and the analyst's roles (Data step). */
    public ObjectProperty<LoadedDataset> dataProperty() {
        return data;
    }

    /**
     * How the data file was read: the encoding, delimiter and decimal separator the analyst chose (null where the
     * reader detected them). Set together with {@link #dataProperty()}; saved in projects.
     */
    public ObjectProperty<CsvOptions> readOptionsProperty() {
        return readOptions;
    }

    /** Preprocessing choices (Prepare step), networks and seed (Network step). */
    public ObjectProperty<TrainingPlan> planProperty() {
        return plan;
    }

    /** Both trained models (Train step). */
    public ObjectProperty<DiscountModel> modelProperty() {
        return model;
    }

    /** Every customer scored at every level, with the economics (Inspect / Simulate). */
    public ObjectProperty<PolicyProblem> problemProperty() {
        return problem;
    }

    /** The recommended discount per customer under the current constraints (Simulate; exported by Export). */
    public ObjectProperty<PolicyResult> policyProperty() {
        return policy;
    }

    /** Scenarios saved by name for side-by-side comparison (Simulate). */
    public ObservableList<Scenario> scenarios() {
        return scenarios;
    }

    /** True once the neural-network engine's native libraries are loaded (in the background at start-up). */
    public BooleanProperty engineReadyProperty() {
        return engineReady;
    }
}
