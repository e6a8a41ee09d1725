package com.discountworkbench.cli;

import com.discountworkbench.model.DiscountModelTrainer;
import com.discountworkbench.model.EpochMetrics;
import com.discountworkbench.model.ModelKind;
import com.discountworkbench.model.TrainingListener;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints one line per epoch of each model, as training runs. */
final class TrainingPrinter implements DiscountModelTrainer.Progress {
    private final PrintWriter out;

    TrainingPrinter(PrintWriter out) {
        this.out = out;
    }

    @Override
    public TrainingListener startModel(ModelKind kind, long parameters) {
        String name = kind == ModelKind.PURCHASE ? "purchase" : "value";
        out.printf(Locale.ROOT, "training %s model (%,d parameters)%n", name, parameters);
        out.flush();
        return new TrainingListener() {
            @Override
            public void onEpoch(EpochMetrics m) {
                String quality = kind == ModelKind.PURCHASE
                        ? String.format(Locale.ROOT, "val AUC %.4f", m.validationAuc())
                        : String.format(Locale.ROOT, "val RMSE %.2f", m.validationRmse());
                out.printf(Locale.ROOT, "  %s epoch %d: train loss %.4f, val loss %.4f, %s, %,.0f rows/s, "
                                + "elapsed %.1f s, ETA %.1f s%n", name, m.epoch(), m.trainingLoss(), m.validationLoss(),
                        quality, m.rowsPerSecond(), m.elapsed().toMillis() / 1000.0, m.remaining().toMillis() / 1000.0);
                out.flush();
            }

            @Override
            public void onMessage(String message) {
                out.println("  " + message);
                out.flush();
            }
        };
    }
}
