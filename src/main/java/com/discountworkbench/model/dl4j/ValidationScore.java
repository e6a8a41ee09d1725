package com.discountworkbench.model.dl4j;

import com.discountworkbench.model.OutputHead;
import com.discountworkbench.model.eval.ClassifierMetrics;
import com.discountworkbench.model.eval.RocCurve;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * How the network does on the validation rows after an epoch.
 *
 * @param loss the training objective on validation rows: class-weighted log loss, or squared error on the fit scale
 * @param auc  ROC AUC (purchase model), else NaN
 * @param rmse root mean squared error in the data's units (value model), else NaN
 */
record ValidationScore(double loss, double auc, double rmse) {
    static final ValidationScore NONE = new ValidationScore(Double.NaN, Double.NaN, Double.NaN);

    static ValidationScore of(MultiLayerNetwork network, TrainingData data, OutputHead head, boolean logTarget) {
        if (!data.hasValidation()) {
            return NONE;
        }
        float[] outputs = Dl4jNetwork.rawOutputs(network, data.validation());
        float[] fitTargets = data.validationFitTargets();
        float[] weights = data.validationWeights();
        double loss = 0, totalWeight = 0;
        for (int i = 0; i < outputs.length; i++) {
            double weight = weights == null ? 1 : weights[i];
            double error = outputs[i] - fitTargets[i];
            loss += weight * (head == OutputHead.PROBABILITY ? ClassifierMetrics.logLoss(outputs[i], fitTargets[i])
                    : error * error);
            totalWeight += weight;
        }
        loss /= totalWeight;
        if (head == OutputHead.PROBABILITY) {
            boolean bothClasses = hasBothClasses(fitTargets);
            return new ValidationScore(loss, bothClasses ? RocCurve.auc(outputs, fitTargets) : Double.NaN, Double.NaN);
        }
        double squared = 0;
        float[] targets = data.validationTargets();
        for (int i = 0; i < outputs.length; i++) {
            double predicted = Dl4jNetwork.spend(outputs[i], logTarget);
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
