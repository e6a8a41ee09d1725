package com.discountworkbench.ui.network;

import com.discountworkbench.data.DataException;
import com.discountworkbench.model.ClassBalance;
import com.discountworkbench.model.LearningRateSchedule;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.Optimizer;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.ui.i18n.UiLanguage;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One network being edited: its layers and training settings as the analyst typed them. Every change rebuilds the
 * {@link NetworkSpec}; a valid one replaces {@link #specProperty()}, an invalid one leaves it and shows the
 * {@link DataException}'s message in {@link #errorProperty()}.
 */
public final class NetworkEditorViewModel {
    /** Offered when the analyst turns the automatic batch size off with an empty field. */
    static final String FIRST_FIXED_BATCH = "256";

    private final OutputHead head;
    private final UiLanguage language;
    private final NumberText numbers;
    private final LayerTableViewModel layers;
    private final ObjectProperty<Optimizer> optimizer = new SimpleObjectProperty<>(this, "optimizer");
    private final ObjectProperty<LearningRateSchedule> schedule = new SimpleObjectProperty<>(this, "schedule");
    private final ObjectProperty<ClassBalance> classBalance = new SimpleObjectProperty<>(this, "classBalance");
    private final BooleanProperty logTarget = new SimpleBooleanProperty(this, "logTarget");
    private final BooleanProperty autoBatch = new SimpleBooleanProperty(this, "autoBatch");
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate", "");
    private final StringProperty l2 = new SimpleStringProperty(this, "l2", "");
    private final StringProperty batchSize = new SimpleStringProperty(this, "batchSize", "");
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "");
    private final StringProperty patience = new SimpleStringProperty(this, "patience", "");
    private final ReadOnlyObjectWrapper<NetworkSpec> spec = new ReadOnlyObjectWrapper<>(this, "spec");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private boolean loading;

    NetworkEditorViewModel(OutputHead head, UiLanguage language, NetworkSpec initial) {
        this.head = head;
        this.language = language;
        this.numbers = new NumberText(language);
        this.layers = new LayerTableViewModel(numbers);
        load(initial);
        autoBatch.addListener((property, wasAuto, auto) -> {
            if (!auto && !loading && batchSize.get().isBlank()) {
                batchSize.set(FIRST_FIXED_BATCH);
            }
        });
        Observable[] inputs = {layers.layers(), optimizer, schedule, classBalance, logTarget, autoBatch, learningRate,
            l2, batchSize, epochs, patience};
        for (Observable input : inputs) {
            input.addListener(changed -> rebuild());
        }
    }

    /** Shows {@code network} in every field, replacing whatever was typed. */
    void load(NetworkSpec network) {
        loading = true;
        try {
            layers.setAll(network.layers());
            optimizer.set(network.optimizer());
            schedule.set(network.schedule());
            classBalance.set(network.classBalance());
            logTarget.set(network.logTarget());
            autoBatch.set(network.batchSize() == NetworkSpec.AUTO_BATCH);
            learningRate.set(NumberText.plain(network.learningRate()));
            l2.set(NumberText.plain(network.l2()));
            batchSize.set(network.batchSize() == NetworkSpec.AUTO_BATCH ? "" : Integer.toString(network.batchSize()));
            epochs.set(Integer.toString(network.epochs()));
            patience.set(Integer.toString(network.patience()));
        } finally {
            loading = false;
        }
        spec.set(network);
        error.set("");
    }

    private void rebuild() {
        if (loading) {
            return;
        }
        try {
            NetworkSpec current = spec.get();
            int batch = autoBatch.get() ? NetworkSpec.AUTO_BATCH : positiveBatch();
            spec.set(new NetworkSpec(layers.layers(), head, optimizer.get(),
                    numbers.decimal(learningRate.get(), "network.learningRate"), schedule.get(),
                    numbers.decimal(l2.get(), "network.l2"), batch, numbers.integer(epochs.get(), "network.epochs"),
                    numbers.integer(patience.get(), "network.patience"), current.seed(),
                    head == OutputHead.PROBABILITY ? classBalance.get() : ClassBalance.NONE,
                    head == OutputHead.VALUE && logTarget.get()));
            error.set("");
        } catch (DataException e) {
            error.set(e.getMessage());
        }
    }

    /** A typed batch size of 0 would silently mean "automatic"; the check box says that, the field must not. */
    private int positiveBatch() {
        int batch = numbers.integer(batchSize.get(), "network.batchSize");
        if (batch < 1) {
            throw new DataException(language.text("network.error.batchSize", batchSize.get().trim()));
        }
        return batch;
    }

    public OutputHead head() {
        return head;
    }

    public LayerTableViewModel layerTable() {
        return layers;
    }

    /** The last valid network; the fields may hold an invalid edit on top of it (see {@link #errorProperty()}). */
    public ReadOnlyObjectProperty<NetworkSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** Why the current settings are not valid; empty when they are. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True when every field and layer holds a valid value. */
    public boolean isValid() {
        return error.get().isEmpty() && layers.errorProperty().get().isEmpty();
    }

    public ObjectProperty<Optimizer> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<LearningRateSchedule> scheduleProperty() {
        return schedule;
    }

    /** How rare buyers are weighted; only the purchase model uses it. */
    public ObjectProperty<ClassBalance> classBalanceProperty() {
        return classBalance;
    }

    /** Train on log(1 + spend); only the value model uses it. */
    public BooleanProperty logTargetProperty() {
        return logTarget;
    }

    /** True when the batch size is chosen from the number of training rows. */
    public BooleanProperty autoBatchProperty() {
        return autoBatch;
    }

    public StringProperty learningRateProperty() {
        return learningRate;
    }

    public StringProperty l2Property() {
        return l2;
    }

    public StringProperty batchSizeProperty() {
        return batchSize;
    }

    public StringProperty epochsProperty() {
        return epochs;
    }

    public StringProperty patienceProperty() {
        return patience;
    }

    /** One sentence on what the output head predicts and how it is trained. */
    public String headDescription() {
        return language.text(head == OutputHead.PROBABILITY ? "network.head.probability" : "network.head.value");
    }
}
