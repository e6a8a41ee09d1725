package com.discountworkbench.ui.network;

import com.discountworkbench.data.DataException;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.main.WorkbenchContext;
import com.discountworkbench.ui.session.WorkbenchSession;
import com.discountworkbench.ui.task.BackgroundTask;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Network step: the purchase network, the value network (the same by default) and the shared seed. Every valid
 * change goes straight into the session's training plan and marks the step done; the feature count for the
 * parameter count is found in the background whenever the data or the preprocessing changes.
 */
public final class NetworkViewModel {
    private final WorkbenchContext context;
    private final UiLanguage language;
    private final NumberText numbers;
    private final NetworkEditorViewModel purchase;
    private final NetworkEditorViewModel value;
    private final BooleanProperty valueSameAsPurchase = new SimpleBooleanProperty(this, "valueSameAsPurchase");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final ReadOnlyStringWrapper seedError = new ReadOnlyStringWrapper(this, "seedError", "");
    private final ObjectProperty<ModelKind> shown = new SimpleObjectProperty<>(this, "shown", ModelKind.PURCHASE);
    private final ReadOnlyIntegerWrapper featureCount = new ReadOnlyIntegerWrapper(this, "featureCount");
    private final ReadOnlyStringWrapper featureProblem = new ReadOnlyStringWrapper(this, "featureProblem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ObservableList<DiagramBox> diagram = FXCollections.observableArrayList();
    private TrainingPlan published;
    private PrepSpec countedPreprocessing;
    private long countRequests;
    private boolean loading;

    public NetworkViewModel(WorkbenchContext context) {
        this.context = context;
        this.language = context.language();
        this.numbers = new NumberText(language);
        TrainingPlan plan = session().planProperty().get();
        this.purchase = new NetworkEditorViewModel(OutputHead.PROBABILITY, language, plan.purchase());
        this.value = new NetworkEditorViewModel(OutputHead.VALUE, language, plan.value());
        load(plan);
        purchase.specProperty().addListener(changed -> purchaseChanged());
        purchase.errorProperty().addListener(changed -> publish());
        purchase.layerTable().errorProperty().addListener(changed -> publish());
        value.specProperty().addListener(changed -> publish());
        value.errorProperty().addListener(changed -> publish());
        valueSameAsPurchase.addListener(changed -> purchaseChanged());
        seed.addListener(changed -> publish());
        shown.addListener(changed -> redraw());
        session().planProperty().addListener((property, old, changed) -> planChanged(changed));
        session().dataProperty().addListener(changed -> countFeatures());
        countFeatures();
    }

    public NetworkEditorViewModel purchase() {
        return purchase;
    }

    public NetworkEditorViewModel value() {
        return value;
    }

    /** True while the value model uses the purchase model's network (with a linear output). */
    public BooleanProperty valueSameAsPurchaseProperty() {
        return valueSameAsPurchase;
    }

    /** Seed of the split and both networks: the same seed and data give the same model. */
    public StringProperty seedProperty() {
        return seed;
    }

    public ReadOnlyStringProperty seedErrorProperty() {
        return seedError.getReadOnlyProperty();
    }

    /** Which network the drawing shows (the tab the analyst is on). */
    public ObjectProperty<ModelKind> shownProperty() {
        return shown;
    }

    /** Input features the preprocessing makes of the loaded data; 0 until known. */
    public ReadOnlyIntegerProperty featureCountProperty() {
        return featureCount.getReadOnlyProperty();
    }

    /** True when every setting of both networks and the seed is valid, i.e. the plan is up to date. */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The boxes of the drawing of the shown network, inputs first. */
    public ObservableList<DiagramBox> diagram() {
        return diagram;
    }

    /** "Purchase model: 3,713 parameters · value model: 3,713 (24 input features)", or why it cannot be counted. */
    public StringBinding parameterSummary() {
        return Bindings.createStringBinding(this::describeParameters, purchase.specProperty(), value.specProperty(),
                featureCount, featureProblem, language.property());
    }

    /** Replaces the network on the shown tab (the purchase network while the value network follows it). */
    public void applyPreset(NetworkPreset preset) {
        boolean valueTab = shown.get() == ModelKind.VALUE && !valueSameAsPurchase.get();
        NetworkEditorViewModel target = valueTab ? value : purchase;
        NetworkSpec current = target.specProperty().get();
        NetworkSpec chosen = valueTab
                ? preset.spec().forValueModel().withLogTarget(current.logTarget())
                : preset.spec().withClassBalance(current.classBalance());
        target.load(chosen.withSeed(current.seed()));
    }

    /** Confirms the networks and moves on to training. */
    public void goToTrain() {
        publish();
        if (valid.get()) {
            context.pipeline().select(PipelineStep.TRAIN);
        }
    }

    private WorkbenchSession session() {
        return context.session();
    }

    private void load(TrainingPlan plan) {
        loading = true;
        try {
            valueSameAsPurchase.set(plan.value().equals(plan.purchase().forValueModel()));
            purchase.load(plan.purchase());
            value.load(plan.value());
            seed.set(Long.toString(plan.seed()));
            seedError.set("");
        } finally {
            loading = false;
        }
        published = plan;
        valid.set(true);
        redraw();
    }

    private void purchaseChanged() {
        if (valueSameAsPurchase.get() && !loading) {
            value.load(purchase.specProperty().get().forValueModel());
        }
        publish();
    }

    /** Stores the networks in the plan when everything is valid, and marks the step done once its inputs exist. */
    private void publish() {
        if (loading) {
            return;
        }
        redraw();
        long parsedSeed;
        try {
            parsedSeed = numbers.longInteger(seed.get(), "network.seed");
            seedError.set("");
        } catch (DataException e) {
            seedError.set(e.getMessage());
            valid.set(false);
            return;
        }
        valid.set(purchase.isValid() && (valueSameAsPurchase.get() || value.isValid()));
        if (!valid.get()) {
            return;
        }
        TrainingPlan plan = session().planProperty().get()
                .withNetworks(purchase.specProperty().get(), value.specProperty().get()).withSeed(parsedSeed);
        boolean changed = !plan.equals(session().planProperty().get());
        if (changed) {
            published = plan;
            session().planProperty().set(plan);
        }
        // Re-marking an unchanged plan would needlessly turn a trained model stale.
        boolean confirm = changed || context.pipeline().state(PipelineStep.NETWORK) != StepState.DONE;
        if (confirm && context.pipeline().missingPrerequisites(PipelineStep.NETWORK).isEmpty()) {
            context.pipeline().markDone(PipelineStep.NETWORK);
        }
    }

    /** Someone else changed the plan (preprocessing, an opened project): show its networks, recount if needed. */
    private void planChanged(TrainingPlan plan) {
        if (plan == null || plan == published) {
            return;
        }
        boolean sameNetworks = plan.purchase().equals(published.purchase()) && plan.value().equals(published.value())
                && plan.seed() == published.seed();
        if (sameNetworks) {
            published = plan;
        } else {
            load(plan);
        }
        if (plan.preprocessing() != countedPreprocessing) {
            countFeatures();
        }
    }

    private void countFeatures() {
        LoadedDataset data = session().dataProperty().get();
        PrepSpec preprocessing = session().planProperty().get().preprocessing();
        countedPreprocessing = preprocessing;
        long request = ++countRequests;
        featureCount.set(0);
        featureProblem.set("");
        if (data == null) {
            redraw();
            return;
        }
        context.tasks().execute(BackgroundTask.of(language.text("network.counting"),
                        monitor -> FeatureCounter.count(data.dataset(), preprocessing))
                .onSuccess(count -> {
                    if (request == countRequests) {
                        featureCount.set(count);
                        redraw();
                    }
                })
                .onFailure(failure -> {
                    if (request == countRequests) {
                        featureProblem.set(String.valueOf(failure.getMessage()));
                    }
                }));
    }

    private void redraw() {
        NetworkEditorViewModel editor = shown.get() == ModelKind.VALUE ? value : purchase;
        diagram.setAll(DiagramBox.of(editor.specProperty().get(), featureCount.get(), language));
    }

    private String describeParameters() {
        int inputs = featureCount.get();
        if (inputs == 0) {
            return featureProblem.get().isEmpty()
                    ? language.text("network.parameters.unknown")
                    : language.text("network.parameters.problem", featureProblem.get());
        }
        return language.text("network.parameters", parameters(purchase, inputs), parameters(value, inputs),
                language.formats().integer(inputs));
    }

    private String parameters(NetworkEditorViewModel editor, int inputs) {
        return language.formats().integer(editor.specProperty().get().parameterCount(inputs));
    }
}
