package com.discountworkbench.ui.inspect;

import com.discountworkbench.ui.common.ChartPoint;
import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.TaskExecutor;
import com.discountworkbench.ui.task.TaskHandle;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected customer's response curve: P(buy) and expected profit against the discount. A rate treatment is
 * scored again on a 1 % grid in the background; selecting another customer cancels the previous scoring, so
 * moving through the table with the arrow keys never queues work.
 */
public final class ResponseCurveViewModel {
    private final TaskExecutor tasks;
    private final UiLanguage language;
    private final ReadOnlyObjectWrapper<ResponseCurve> curve = new ReadOnlyObjectWrapper<>(this, "curve");
    private final ReadOnlyBooleanWrapper rateAxis = new ReadOnlyBooleanWrapper(this, "rateAxis", true);
    private final ObservableList<String> levelNames = FXCollections.observableArrayList();
    private CustomerTable table;
    private TaskHandle running;

    public ResponseCurveViewModel(TaskExecutor tasks, UiLanguage language) {
        this.tasks = tasks;
        this.language = language;
    }

    /** Shows the curve of {@code customer} (-1 for none) of the table's scores. */
    void show(CustomerTable newTable, int customer) {
        table = newTable;
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (newTable == null || customer < 0) {
            curve.set(null);
            return;
        }
        CustomerScores scores = newTable.scores();
        String id = scores.ids()[customer];
        running = tasks.execute(BackgroundTask.of(language.text("inspect.task.curve", id),
                monitor -> ResponseCurve.compute(scores, customer, monitor)).onSuccess(this::display));
    }

    private void display(ResponseCurve result) {
        rateAxis.set(!table.scores().problem().offers().hasNamedOffers());
        levelNames.setAll(result.levels().stream().map(ResponseCurve.Point::label).toList());
        curve.set(result);
    }

    public ReadOnlyObjectProperty<ResponseCurve> curveProperty() {
        return curve.getReadOnlyProperty();
    }

    /** True when the x axis is the discount rate; false for named offers, shown by position. */
    public ReadOnlyBooleanProperty rateAxisProperty() {
        return rateAxis.getReadOnlyProperty();
    }

    /** The offers' names by position, for the x axis of named offers. */
    public ObservableList<String> levelNames() {
        return levelNames;
    }

    /** P(buy) on the fine grid (a rate treatment) or at each offer. */
    public List<ChartPoint> probabilityCurve() {
        return points(ResponseCurve::curve, ResponseCurve.Point::probability);
    }

    /** P(buy) at the levels the model was trained on. */
    public List<ChartPoint> probabilityAtLevels() {
        return points(ResponseCurve::levels, ResponseCurve.Point::probability);
    }

    public List<ChartPoint> profitCurve() {
        return points(ResponseCurve::curve, ResponseCurve.Point::profit);
    }

    public List<ChartPoint> profitAtLevels() {
        return points(ResponseCurve::levels, ResponseCurve.Point::profit);
    }

    /** The recommended level of the customer, as one point of each chart. */
    public List<ChartPoint> recommendedProbability() {
        return recommendedPoint(true);
    }

    public List<ChartPoint> recommendedProfit() {
        return recommendedPoint(false);
    }

    private List<ChartPoint> recommendedPoint(boolean probability) {
        ResponseCurve shown = curve.get();
        if (shown == null) {
            return List.of();
        }
        Recommendation recommendation = table.recommendation();
        int customer = shown.customer();
        int level = recommendation.level(customer);
        double x = rateAxis.get() ? recommendation.problem().discountRate(level) : level;
        return List.of(new ChartPoint(x, probability ? recommendation.probability(customer)
                : recommendation.profit(customer)));
    }

    private List<ChartPoint> points(Function<ResponseCurve, List<ResponseCurve.Point>> which,
                                    ToDoubleFunction<ResponseCurve.Point> value) {
        ResponseCurve shown = curve.get();
        if (shown == null) {
            return List.of();
        }
        List<ResponseCurve.Point> points = which.apply(shown);
        boolean rates = rateAxis.get();
        return IntStream.range(0, points.size())
                .mapToObj(i -> new ChartPoint(rates ? points.get(i).rate() : i, value.applyAsDouble(points.get(i))))
                .toList();
    }

    /** "Customer C000123 · recommended 15% · P(buy) 12.0% → 18.5% · expected profit 4.21". */
    public StringBinding summary() {
        return Bindings.createStringBinding(this::describe, curve, language.property());
    }

    private String describe() {
        ResponseCurve shown = curve.get();
        if (shown == null || table == null) {
            return language.text("inspect.curve.none");
        }
        int customer = shown.customer();
        Recommendation recommendation = table.recommendation();
        int level = recommendation.level(customer);
        String levelText = recommendation.problem().offers().level(level).isNamed() ? recommendation.levelName(level)
                : language.formats().percent(recommendation.problem().discountRate(level), 0);
        return language.text("inspect.curve.summary", table.scores().ids()[customer], levelText,
                language.formats().percent(table.value(CustomerColumn.NO_DISCOUNT, customer), 1),
                language.formats().percent(recommendation.probability(customer), 1),
                language.formats().decimal(recommendation.profit(customer), 2));
    }
}
