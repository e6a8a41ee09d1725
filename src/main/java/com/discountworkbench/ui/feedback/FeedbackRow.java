package com.discountworkbench.ui.feedback;

/**
 * One line of a feedback table, already worded and formatted in the window's language.
 *
 * @param label               the group ("Control group") or decile ("1")
 * @param customers           how many customers
 * @param predictedConversion mean P(buy) at the offer sent
 * @param realizedConversion  share who bought
 * @param predictedProfit     expected profit per customer
 * @param realizedProfit      realized profit per customer
 */
public record FeedbackRow(String label, String customers, String predictedConversion, String realizedConversion,
                          String predictedProfit, String realizedProfit) {
}
