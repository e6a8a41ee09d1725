package com.discountworkbench.policy;

/**
 * How a scenario used its discount budget.
 *
 * @param budget       the limit on total expected discount cost
 * @param spent        the recommended policy's total expected discount cost
 * @param shadowPrice  λ: the objective one more unit of budget buys at the margin (0 when not binding)
 * @param binding      whether the budget changed the recommendation
 * @param met          false only when even the cheapest allowed levels cost more than the budget
 */
public record BudgetOutcome(double budget, double spent, double shadowPrice, boolean binding, boolean met) {
}
