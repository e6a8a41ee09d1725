/**
 * Discount policy: per-customer economics, the profit-maximizing optimizer under the analyst's
 * constraints, what-if simulation and off-policy estimates from campaign history.
 *
 * <h2>Economics</h2>
 * The value column holds what a customer PAID, net of the discount. For customer i offered level k with
 * discount rate d and fixed cost f per offer, with predicted purchase probability P and predicted spend s
 * (if they buy), and cost-of-goods ratio c<sub>i</sub> = 1 − gross margin rate (from a margin column, or
 * one rate for all):
 * <ul>
 *   <li>expected conversions = P</li>
 *   <li>list-price basket v = s / (1 − d)</li>
 *   <li>revenue = P · s</li>
 *   <li>discount cost (what the customer does not pay) = P · v · d</li>
 *   <li>cost of goods = P · v · c</li>
 *   <li>gross margin = revenue − cost of goods = P · v · (1 − d − c)</li>
 *   <li>profit = P · v · (1 − d − c) − f (the fixed cost is paid for every offer made, bought or not)</li>
 *   <li>margin after discount, as a share of the discounted price = (1 − d − c) / (1 − d)</li>
 * </ul>
 * Numeric levels carry their own rate; named offers (Hillstrom's e-mail arms) get a rate and fixed cost
 * from the analyst ({@link com.discountworkbench.policy.OfferEconomics}), 0 unless set. The baseline level
 * (no discount / no offer) is the level with the lowest rate, then the lowest fixed cost, unless the
 * analyst names one; incremental figures are measured against it.
 *
 * <h2>Optimizer</h2>
 * Per customer, {@link com.discountworkbench.policy.PolicyOptimizer} picks the allowed level with the
 * highest objective (profit, revenue or conversions). A level is allowed when its rate is within the
 * maximum discount and the customer's segment cap, its margin after discount reaches the minimum, and its
 * expected profit reaches the per-customer profit floor (0 by default for the revenue and conversion
 * objectives); the baseline is always allowed. A total budget on expected discount cost is met by
 * Lagrangian relaxation with bisection on the price of budget, then a greedy fill of the leftover budget
 * ({@link com.discountworkbench.policy.BudgetSolver}). The optional monotone guard
 * ({@link com.discountworkbench.policy.MonotoneGuard}) first makes each P(buy) curve non-decreasing in
 * the discount.
 *
 * <h2>From a model to decisions</h2>
 * {@link com.discountworkbench.policy.PolicyInputs} applies a trained model to a customer file with the
 * analyst's {@link com.discountworkbench.policy.PolicySettings} (grid, offer economics, margins, segments)
 * and yields the problem plus the recorded treatment of each customer; both it and the Simulate screen read the
 * file's ids, margins ({@link com.discountworkbench.policy.MarginSource}), segments and recorded treatments
 * through {@link com.discountworkbench.policy.PolicyCustomers}, which the screen asks again cheaply when only the
 * margin source or the segment column changes. {@link
 * com.discountworkbench.policy.WhatIfAnalysis} runs a scenario with its baselines and sweeps, and, when the
 * file holds campaign history, {@link com.discountworkbench.policy.HistoryEvaluator} sets the model's
 * predictions beside off-policy estimates and Qini uplift (the screen asks it for the recommendation's profit
 * only). {@link com.discountworkbench.policy.CampaignFeedback}
 * compares a finished campaign's outcomes with the predictions at the offers actually made.
 *
 * <h2>Customer lists larger than memory</h2>
 * Customers may come in chunks ({@link com.discountworkbench.policy.PolicyChunk}); every step but the budget is
 * per customer ({@link com.discountworkbench.policy.ChunkOptimizer}). The budget search reads the cells front to
 * back through {@link com.discountworkbench.policy.CellTable}, so the cells may live in a temporary file, and the
 * greedy fill ranks its candidates in bounded batches; the summary is summed chunk by chunk
 * ({@link com.discountworkbench.policy.ScenarioSummary.Builder}) and the control group drawn customer by customer
 * ({@link com.discountworkbench.policy.ControlGroupDraw}), all with exactly the results of the whole list at once.
 */
package com.discountworkbench.policy;
