package com.discountworkbench.ui.train;

import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.ModelReport;
import com.discountworkbench.model.ModelReport.TrainingSummary;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.train.LossChartViewModel.LossPoint;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the Train step shows about a run as it happens: both models' loss curves, the per-epoch table, the log, and
 * the progress of the model in training with an estimate of its time left. Fed with batches of
 * {@link TrainingEvent}s on the UI thread.
 */
public final class TrainingRunViewModel {
    /** Beyond this the oldest log lines go: a long run must not grow the log without bound. */
    static final int MAX_LOG_LINES = 500;
    /** Below this share of the work done, a time-left estimate is mostly noise. */
    private static final double MIN_FRACTION_FOR_ESTIMATE = 0.02;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    private final UiLanguage language;
    private final Map<ModelKind, LossChartViewModel> charts = new EnumMap<>(ModelKind.class);
    private final ObservableList<EpochRow> epochs = FXCollections.observableArrayList();
    private final ObservableList<String> log = FXCollections.observableArrayList();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private long modelStartNanos;

    TrainingRunViewModel(UiLanguage language) {
        this.language = language;
        for (ModelKind kind : ModelKind.values()) {
            charts.put(kind, new LossChartViewModel());
        }
    }

    public LossChartViewModel chart(ModelKind kind) {
        return charts.get(kind);
    }

    public ObservableList<EpochRow> epochs() {
        return epochs;
    }

    /** Time-stamped lines: stages, the engine's messages, outcomes. */
    public ObservableList<String> log() {
        return log;
    }

    /** 0..1 for the model in training; -1 while the amount of work is unknown (preparing, evaluating). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** "Purchase model · epoch 3 of 30 · up to 0:42 left", or the current stage. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Forgets the previous run; the charts count training steps again. */
    void clear() {
        charts.values().forEach(chart -> chart.clear(LossChartViewModel.Axis.STEPS));
        epochs.clear();
        log.clear();
        progress.set(-1);
        progressText.set(language.text("train.stage.preparing"));
    }

    void finish(String outcome) {
        progress.set(0);
        progressText.set("");
        log(outcome);
    }

    void log(String text) {
        log.add(LocalTime.now().format(CLOCK) + "  " + text);
        if (log.size() > MAX_LOG_LINES) {
            log.remove(0, log.size() - MAX_LOG_LINES);
        }
    }

    /** Applies events in their order; points and rows are appended once per batch. */
    void apply(List<TrainingEvent> batch) {
        Map<ModelKind, Curves> curves = new EnumMap<>(ModelKind.class);
        List<EpochRow> rows = new ArrayList<>();
        for (TrainingEvent event : batch) {
            if (event instanceof TrainingEvent.ModelStarted started) {
                startModel(started);
            } else if (event instanceof TrainingEvent.Update update) {
                curves.computeIfAbsent(update.model(), kind -> new Curves()).updates
                        .add(new LossPoint(update.step(), update.loss()));
            } else if (event instanceof TrainingEvent.EpochEnd end) {
                Curves curve = curves.computeIfAbsent(end.model(), kind -> new Curves());
                curve.epochTraining.add(new LossPoint(end.step(), end.metrics().trainingLoss()));
                curve.validation.add(new LossPoint(end.step(), end.metrics().validationLoss()));
                rows.add(new EpochRow(end.model(), end.metrics()));
            } else if (event instanceof TrainingEvent.Message message) {
                log(message.text());
            } else if (event instanceof TrainingEvent.Progress report) {
                showProgress(report);
            }
        }
        curves.forEach((kind, curve) -> charts.get(kind).append(curve.updates, curve.epochTraining, curve.validation));
        epochs.addAll(rows);
    }

    /** Shows the epochs recorded in a model file's report: the table, and the curves per epoch. */
    void showHistory(ModelReport report) {
        charts.values().forEach(chart -> chart.clear(LossChartViewModel.Axis.EPOCHS));
        epochs.clear();
        for (ModelKind kind : ModelKind.values()) {
            TrainingSummary summary = report == null ? null : report.training().get(kind);
            if (summary == null) {
                continue;
            }
            List<LossPoint> training = new ArrayList<>();
            List<LossPoint> validation = new ArrayList<>();
            for (EpochMetrics metrics : summary.epochs()) {
                training.add(new LossPoint(metrics.epoch(), metrics.trainingLoss()));
                validation.add(new LossPoint(metrics.epoch(), metrics.validationLoss()));
                epochs.add(new EpochRow(kind, metrics));
            }
            charts.get(kind).append(List.of(), training, validation);
        }
    }

    private void startModel(TrainingEvent.ModelStarted started) {
        modelStartNanos = started.nanoTime();
        progress.set(0);
        log(language.text("train.log.modelStarted", modelName(started.model()),
                language.formats().integer(started.parameters())));
    }

    private void showProgress(TrainingEvent.Progress report) {
        if (report.fraction() < 0) {
            if (!report.text().equals(progressText.get())) {
                log(report.text());
            }
            progress.set(-1);
            progressText.set(report.text());
            return;
        }
        progress.set(report.fraction());
        String left = report.fraction() < MIN_FRACTION_FOR_ESTIMATE
                ? language.text("train.eta.estimating")
                : language.text("train.eta.left", DurationText.of(Duration.ofNanos(
                        (long) ((report.nanoTime() - modelStartNanos) * (1 - report.fraction()) / report.fraction()))));
        progressText.set(language.text("train.progress", report.text(), left));
    }

    String modelName(ModelKind kind) {
        return language.text(modelNameKey(kind));
    }

    static String modelNameKey(ModelKind kind) {
        return kind == ModelKind.PURCHASE ? "train.model.purchase" : "train.model.value";
    }

    /** The points of one batch for one model's curves. */
    private static final class Curves {
        final List<LossPoint> updates = new ArrayList<>();
        final List<LossPoint> epochTraining = new ArrayList<>();
        final List<LossPoint> validation = new ArrayList<>();
    }
}
