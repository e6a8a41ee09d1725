package com.discountworkbench.model;

import java.time.Duration;

/**
 * What one finished epoch achieved. Metrics that do not apply are {@code NaN}: AUC for the value model, RMSE for the
 * purchase model, and every validation figure when training without a validation split.
 *
 * @param epoch          1-based epoch number
 * @param trainingLoss   mean loss over the epoch's updates, as the optimizer saw it (weighted, plus L2)
 * @param validationLoss loss on the validation rows, with the class weights used in training (log scale for a log
 *                       target); early stopping and the best epoch follow it
 * @param validationAuc  ROC AUC on the validation rows (purchase model)
 * @param validationRmse root mean squared error in spend units on the validation rows (value model)
 * @param learningRate   learning rate at the end of the epoch
 * @param rowsPerSecond  training rows processed per second during the epoch
 * @param elapsed        time since training started
 * @param remaining      estimate for the remaining epochs (early stopping may end sooner)
 */
public record EpochMetrics(int epoch, double trainingLoss, double validationLoss, double validationAuc,
        double validationRmse, double learningRate, double rowsPerSecond, Duration elapsed, Duration remaining) {
}
