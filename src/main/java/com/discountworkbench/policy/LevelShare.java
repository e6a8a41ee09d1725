package com.discountworkbench.policy;

/**
 * How many customers a policy gives one level.
 *
 * @param level        the level's name ("0.15", "Mens E-Mail")
 * @param discountRate its discount rate
 * @param customers    customers recommended this level
 * @param share        customers / all customers in the group
 */
public record LevelShare(String level, double discountRate, long customers, double share) {
}
