package com.discountworkbench.sample;

/**
 * One generated row: the customer, the randomized offer, and the outcome drawn from the true response.
 *
 * @param customer        observed features
 * @param discountOffered discount rate drawn uniformly from the grid, independent of the customer
 * @param purchased       whether the customer bought
 * @param spend           what the customer paid, net of the discount; 0 without a purchase
 */
public record SampleRow(SampleCustomer customer, double discountOffered, boolean purchased, double spend) {
}
