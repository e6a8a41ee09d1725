package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.discountworkbench.prep.TreatmentLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The treatment levels the optimizer chooses from, with each level's economics, and the baseline level
 * ("no discount", "No E-Mail") that incremental figures are measured against.
 */
public final class OfferGrid {
    private final List<TreatmentLevel> levels;
    private final List<OfferEconomics> offers;
    private final double[] discountRates;
    private final double[] fixedCosts;
    private final int baselineLevel;

    private OfferGrid(List<TreatmentLevel> levels, List<OfferEconomics> offers, int baselineLevel) {
        this.levels = List.copyOf(levels);
        this.offers = List.copyOf(offers);
        this.discountRates = offers.stream().mapToDouble(OfferEconomics::discountRate).toArray();
        this.fixedCosts = offers.stream().mapToDouble(OfferEconomics::fixedCost).toArray();
        this.baselineLevel = baselineLevel;
    }

    /**
     * Resolves the economics of each level: a numeric level's rate is its own (a setting may add a fixed
     * cost, and may repeat the rate but not change it); a named offer takes the analyst's rate and cost,
     * 0 when not set. The baseline is the level with the lowest rate, then the lowest fixed cost, then the
     * first in grid order; {@link #withBaseline} overrides it.
     */
    public static OfferGrid of(List<TreatmentLevel> levels, List<OfferEconomics> settings) {
        if (levels.isEmpty()) {
            throw new DataException("The treatment grid is empty: give at least one discount level.");
        }
        Map<String, OfferEconomics> byLevel = new LinkedHashMap<>();
        for (OfferEconomics setting : settings) {
            if (levels.stream().noneMatch(level -> level.name().equals(setting.level()))) {
                throw new DataException("There is no treatment level '" + setting.level() + "'. Levels are: "
                        + String.join(", ", levels.stream().map(TreatmentLevel::name).toList()));
            }
            byLevel.put(setting.level(), setting);
        }
        List<OfferEconomics> offers = new ArrayList<>(levels.size());
        for (TreatmentLevel level : levels) {
            OfferEconomics setting = byLevel.get(level.name());
            double cost = setting == null ? 0 : setting.fixedCost();
            double asked = setting == null ? Double.NaN : setting.discountRate();
            if (!level.isNamed() && !Double.isNaN(asked) && Math.abs(asked - level.rate()) > 1e-12) {
                throw new DataException("Level " + level.name() + " is a discount of " + level.rate()
                        + "; only its fixed cost can be set.");
            }
            double rate = level.isNamed() ? (Double.isNaN(asked) ? 0 : asked) : level.rate();
            offers.add(new OfferEconomics(level.name(), rate, cost));
        }
        return new OfferGrid(levels, offers, cheapest(offers));
    }

    /** Plain discount levels without fixed costs. */
    public static OfferGrid of(List<TreatmentLevel> levels) {
        return of(levels, List.of());
    }

    private static int cheapest(List<OfferEconomics> offers) {
        int best = 0;
        for (int k = 1; k < offers.size(); k++) {
            OfferEconomics o = offers.get(k);
            OfferEconomics b = offers.get(best);
            if (o.discountRate() < b.discountRate()
                    || o.discountRate() == b.discountRate() && o.fixedCost() < b.fixedCost()) {
                best = k;
            }
        }
        return best;
    }

    /** The same grid measured against another baseline level (for example "No E-Mail"). */
    public OfferGrid withBaseline(String levelName) {
        return new OfferGrid(levels, offers, indexOf(levelName));
    }

    public int indexOf(String levelName) {
        for (int k = 0; k < levels.size(); k++) {
            if (levels.get(k).name().equals(levelName)) {
                return k;
            }
        }
        throw new DataException("There is no treatment level '" + levelName + "'. Levels are: "
                + String.join(", ", levels.stream().map(TreatmentLevel::name).toList()));
    }

    public int size() { return levels.size(); }

    public List<TreatmentLevel> levels() { return levels; }

    public TreatmentLevel level(int k) { return levels.get(k); }

    public List<OfferEconomics> offers() { return offers; }

    public double discountRate(int k) { return discountRates[k]; }

    public double fixedCost(int k) { return fixedCosts[k]; }

    public int baselineLevel() { return baselineLevel; }

    /** True when the levels are named offers (exports then write the offer name instead of a rate). */
    public boolean hasNamedOffers() {
        return levels.stream().anyMatch(TreatmentLevel::isNamed);
    }
}
