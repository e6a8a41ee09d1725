package com.discountworkbench.cli;

import com.discountworkbench.sample.PolicyFigures;
import com.discountworkbench.sample.PolicyValue;
import com.discountworkbench.sample.SampleCustomer;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.sample.SampleRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The true value of an exported policy on generated customers: reads the policy CSV back, gives each
 * customer the recommended discount and evaluates it with the generator's true response.
 *
 * @param captured        share of the best per-customer policy's incremental profit over no discount
 * @param bestUniformShare the same share for the best single discount for everyone
 * @param figures         the reference figures on the grid
 * @param policyProfit    the exported policy's true expected profit
 */
record PolicyTruth(double captured, double bestUniformShare, PolicyFigures figures, double policyProfit) {

    /** @param rows, seed how the customer file was generated */
    static PolicyTruth of(Path policyCsv, int rows, long seed) throws IOException {
        List<SampleCustomer> customers = SampleDataGenerator.generate(rows, seed).stream().map(SampleRow::customer)
                .toList();
        Map<String, Double> recommended = recommendedDiscounts(policyCsv);
        double[] discounts = new double[customers.size()];
        for (int i = 0; i < discounts.length; i++) {
            Double discount = recommended.get(customers.get(i).id());
            if (discount == null) {
                throw new AssertionError("The policy has no row for " + customers.get(i).id());
            }
            discounts[i] = discount;
        }
        PolicyValue value = new PolicyValue(customers, 0);
        PolicyFigures figures = value.figures(SampleDataGenerator.discountLevels());
        double profit = value.profit(discounts);
        return new PolicyTruth(figures.capturedShare(profit), figures.bestUniformCapturedShare(), figures, profit);
    }

    /** customer id → recommended discount, from a policy file in the standard format (comma, decimal point). */
    static Map<String, Double> recommendedDiscounts(Path policyCsv) throws IOException {
        List<String> lines = Files.readAllLines(policyCsv, StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(","));
        int id = header.indexOf("customer_id");
        int discount = header.indexOf("recommended_discount");
        Map<String, Double> byId = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split(",", -1);
            byId.put(fields[id], Double.parseDouble(fields[discount]));
        }
        return byId;
    }
}
