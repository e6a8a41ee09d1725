package com.discountworkbench.sample;

import com.discountworkbench.data.DataException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A customer's favorite product category. The typical basket is part of the true response (customers
 * without an order history are expected to buy a typical basket); the base margin and share only shape
 * the generated population.
 */
public enum Category {
    ELECTRONICS("Electronics", 0.16, 0.22, 210),
    FASHION("Fashion", 0.20, 0.58, 85),
    HOME("Home", 0.14, 0.42, 120),
    BEAUTY("Beauty", 0.12, 0.65, 55),
    GROCERY("Grocery", 0.12, 0.25, 45),
    SPORTS("Sports", 0.10, 0.45, 95),
    TOYS("Toys", 0.08, 0.50, 60),
    BOOKS("Books", 0.08, 0.36, 35);

    private final String label;
    private final double share;
    private final double baseMargin;
    private final double typicalBasket;

    Category(String label, double share, double baseMargin, double typicalBasket) {
        this.label = label;
        this.share = share;
        this.baseMargin = baseMargin;
        this.typicalBasket = typicalBasket;
    }

    /** As written in the CSV. */
    public String label() { return label; }

    /** Share of customers whose favorite category this is. */
    public double share() { return share; }

    /** Average gross margin rate of the category; customers scatter around it. */
    public double baseMargin() { return baseMargin; }

    /** Typical basket at list price, in currency units. */
    public double typicalBasket() { return typicalBasket; }

    /** Reads a label in any letter case. */
    public static Category parse(String text) {
        for (Category category : values()) {
            if (category.label.equalsIgnoreCase(text.trim())) {
                return category;
            }
        }
        throw new DataException("Unknown favorite category '" + text + "'. Expected one of: "
                + Arrays.stream(values()).map(Category::label).collect(Collectors.joining(", ")));
    }
}
