package com.discountworkbench.policy;

import com.discountworkbench.prep.TreatmentLevel;
import java.util.List;

/**
 * Everything the optimizer needs: the predicted responses, the offers' economics, each customer's cost
 * ratio and segment. The per-(customer, level) formulas of the package documentation live here, computed
 * on demand from flat arrays so a million customers cost no objects.
 */
public final class PolicyProblem {
    private final ResponseMatrix responses;
    private final OfferGrid offers;
    private final CustomerEconomics customers;
    private final Segments segments;
    private final float[] probability;
    private final float[] spend;
    private final int levels;
    private final double[] rate;
    private final double[] fixedCost;
    private final double[] listPerPaid;

    public PolicyProblem(ResponseMatrix responses, OfferGrid offers, CustomerEconomics customers, Segments segments) {
        List<String> responseLevels = responses.levels().stream().map(TreatmentLevel::name).toList();
        List<String> offerLevels = offers.levels().stream().map(TreatmentLevel::name).toList();
        if (!responseLevels.equals(offerLevels)) {
            throw new IllegalArgumentException("Responses are for levels " + responseLevels + ", offers for " + offerLevels);
        }
        if (customers.customers() != responses.customers() || segments.customers() != responses.customers()) {
            throw new IllegalArgumentException("Responses, economics and segments disagree on the number of customers");
        }
        this.responses = responses;
        this.offers = offers;
        this.customers = customers;
        this.segments = segments;
        this.probability = responses.purchaseProbability();
        this.spend = responses.expectedSpend();
        this.levels = offers.size();
        this.rate = new double[levels];
        this.fixedCost = new double[levels];
        this.listPerPaid = new double[levels];
        for (int k = 0; k < levels; k++) {
            rate[k] = offers.discountRate(k);
            fixedCost[k] = offers.fixedCost(k);
            listPerPaid[k] = 1 / (1 - rate[k]);
        }
    }

    public PolicyProblem(ResponseMatrix responses, OfferGrid offers, CustomerEconomics customers) {
        this(responses, offers, customers, Segments.single(responses.customers()));
    }

    /** The same problem with other predicted responses (for example the monotone-guarded ones). */
    public PolicyProblem withResponses(ResponseMatrix other) {
        return new PolicyProblem(other, offers, customers, segments);
    }

    public PolicyProblem withSegments(Segments other) {
        return new PolicyProblem(responses, offers, customers, other);
    }

    public ResponseMatrix responses() { return responses; }

    public OfferGrid offers() { return offers; }

    public CustomerEconomics customerEconomics() { return customers; }

    public Segments segments() { return segments; }

    public int customers() { return responses.customers(); }

    public int levels() { return levels; }

    public int baselineLevel() { return offers.baselineLevel(); }

    public double discountRate(int level) { return rate[level]; }

    public double fixedCost(int level) { return fixedCost[level]; }

    /** P(buy): the expected number of conversions from offering this level to this customer. */
    public double probability(int customer, int level) {
        return probability[customer * levels + level];
    }

    /** Expected amount paid if the customer buys (net of the discount). */
    public double spend(int customer, int level) {
        return spend[customer * levels + level];
    }

    /** The basket at list price, v = spend / (1 − d). */
    public double listBasket(int customer, int level) {
        return spend[customer * levels + level] * listPerPaid[level];
    }

    /** P · spend. */
    public double revenue(int customer, int level) {
        int cell = customer * levels + level;
        return probability[cell] * (double) spend[cell];
    }

    /** What the customer is expected not to pay: P · v · d. */
    public double discountCost(int customer, int level) {
        return revenue(customer, level) * listPerPaid[level] * rate[level];
    }

    /** P · v · c. */
    public double costOfGoods(int customer, int level) {
        return revenue(customer, level) * listPerPaid[level] * customers.costRatio(customer);
    }

    /** Revenue minus cost of goods: P · v · (1 − d − c). */
    public double grossMargin(int customer, int level) {
        return revenue(customer, level) * listPerPaid[level] * (1 - rate[level] - customers.costRatio(customer));
    }

    /** Gross margin minus the fixed cost of making the offer: P · v · (1 − d − c) − f. */
    public double profit(int customer, int level) {
        return grossMargin(customer, level) - fixedCost[level];
    }

    /** Margin after discount as a share of the discounted price: (1 − d − c) / (1 − d). */
    public double marginAfterDiscount(int customer, int level) {
        return (1 - rate[level] - customers.costRatio(customer)) * listPerPaid[level];
    }
}
