package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.Calibration;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.OutputHead;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.RocCurve;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * How the network does on the validation rows after an epoch.
 *
 * @param loss the training objective on validation rows: class-weighted log loss, or squared error of the
 *             standardized targets
 * @param auc  ROC AUC (purchase model), else NaN
 * @param rmse root mean squared error in the data's units (value model; a log target smeared on these rows), else NaN
 */
record ValidationScore(double loss, double auc, double rmse) {
    static final ValidationScore NONE = new ValidationScore(Double.NaN, Double.NaN, Double.NaN);

    static ValidationScore of(MultiLayerNetwork network, TrainingData data, NetworkSpec spec) {
        if (!data.hasValidation()) {
            return NONE;
        }
        float[] outputs = Dl4jNetwork.rawOutputs(network, data.validation());
        float[] fitTargets = data.validationFitTargets();
        float[] weights = data.validationWeights();
        boolean purchase = spec.head() == OutputHead.PROBABILITY;
        double loss = 0, totalWeight = 0;
        for (int i = 0; i < outputs.length; i++) {
            double weight = weights == null ? 1 : weights[i];
            double error = outputs[i] - fitTargets[i];
            loss += weight * (purchase ? ClassifierMetrics.logLoss(outputs[i], fitTargets[i]) : error * error);
            totalWeight += weight;
        }
        loss /= totalWeight;
        if (purchase) {
            boolean bothClasses = hasBothClasses(fitTargets);
            return new ValidationScore(loss, bothClasses ? RocCurve.auc(outputs, fitTargets) : Double.NaN, Double.NaN);
        }
        double squared = 0;
        float[] targets = data.validationTargets();
        Calibration toSpend = Dl4jNetwork.fitCalibration(spec, data.targetScale(), outputs, targets);
        for (int i = 0; i < outputs.length; i++) {
            double predicted = Dl4jNetwork.spend(outputs[i], spec.logTarget(), toSpend);
            squared += (predicted - targets[i]) * (predicted - targets[i]);
        }
        return new ValidationScore(loss, Double.NaN, Math.sqrt(squared / outputs.length));
    }

    private static boolean hasBothClasses(float[] labels) {
        boolean buyer = false, nonBuyer = false;
        for (float label : labels) {
            buyer |= label > 0.5f;
            nonBuyer |= label <= 0.5f;
        }
        return buyer && nonBuyer;
    }
}
