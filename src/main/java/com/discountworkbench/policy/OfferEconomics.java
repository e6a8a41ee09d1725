package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import java.util.Locale;

/**
 * What one treatment level costs the business: its discount rate and a fixed cost per offer made
 * (e-mail, coupon handling), charged whether or not the customer buys.
 *
 * @param level        the treatment level's name as in the data ("0.15", "Mens E-Mail")
 * @param discountRate share of the list price the customer does not pay, 0 ≤ d &lt; 1; NaN only in a
 *                     parsed setting that leaves the rate to the level (see {@link OfferGrid#of})
 * @param fixedCost    cost per offer in money, ≥ 0
 */
public record OfferEconomics(String level, double discountRate, double fixedCost) {

    public OfferEconomics {
        if (level == null || level.isBlank()) {
            throw new DataException("An offer needs the name of its treatment level.");
        }
        if (!Double.isNaN(discountRate) && (discountRate < 0 || discountRate >= 1)) {
            throw new DataException("Offer '" + level + "': the discount must be at least 0 and below 1 (write 15 % "
                    + "as 0.15 or 15%), got " + discountRate + ".");
        }
        if (!(fixedCost >= 0) || Double.isInfinite(fixedCost)) {
            throw new DataException("Offer '" + level + "': the fixed cost per offer must be a number ≥ 0, got "
                    + fixedCost + ".");
        }
    }

    /** A numeric discount level without fixed cost. */
    public static OfferEconomics discount(String level, double rate) {
        return new OfferEconomics(level, rate, 0);
    }

    /**
     * Reads the command-line form {@code NAME:discount=RATE,cost=AMOUNT}, for example
     * {@code "Mens E-Mail:discount=0,cost=0.10"}. Both settings are optional; the rate may be written
     * {@code 0.15} or {@code 15%}. An absent rate is NaN (the level's own rate, or 0 for a named offer).
     */
    public static OfferEconomics parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon <= 0) {
            throw new DataException("Offer '" + text + "' is not of the form NAME:discount=RATE,cost=AMOUNT "
                    + "(for example \"Mens E-Mail:discount=0,cost=0.10\").");
        }
        String name = text.substring(0, colon).strip();
        double rate = Double.NaN;
        double cost = 0;
        for (String setting : text.substring(colon + 1).split(",")) {
            if (setting.isBlank()) {
                continue;
            }
            int equals = setting.indexOf('=');
            String key = equals < 0 ? setting.strip() : setting.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : setting.substring(equals + 1).strip();
            switch (key) {
                case "discount" -> rate = parseRate(text, value);
                case "cost" -> cost = parseNumber(text, value);
                default -> throw new DataException("Offer '" + text + "': unknown setting '" + key
                        + "'. Use discount=RATE and cost=AMOUNT.");
            }
        }
        return new OfferEconomics(name, rate, cost);
    }

    private static double parseRate(String text, String value) {
        if (value.endsWith("%")) {
            return parseNumber(text, value.substring(0, value.length() - 1).strip()) / 100;
        }
        return parseNumber(text, value);
    }

    private static double parseNumber(String text, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new DataException("Offer '" + text + "': '" + value + "' is not a number.", e);
        }
    }
}
