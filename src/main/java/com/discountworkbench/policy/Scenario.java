package com.discountworkbench.policy;

import com.discountworkbench.json.Json;
import com.discountworkbench.data.DataException;
import java.time.Instant;
import java.util.List;

/**
 * A named what-if the analyst keeps: the economics assumed, the goal and limits, and the resulting
 * figures. Saved as JSON so scenarios can be reopened and compared side by side.
 *
 * @param name        the analyst's name for it
 * @param createdAt   ISO-8601 instant
 * @param offers      each level's discount rate and fixed cost
 * @param constraints goal and limits
 * @param summary     the figures the optimizer produced
 */
public record Scenario(String name, String createdAt, List<OfferEconomics> offers, PolicyConstraints constraints,
                       ScenarioSummary summary) {

    public Scenario {
        if (name == null || name.isBlank()) {
            throw new DataException("Give the scenario a name.");
        }
        offers = List.copyOf(offers);
    }

    /** Keeps an optimization result under a name. */
    public static Scenario of(String name, PolicyResult result) {
        return new Scenario(name, Instant.now().toString(), result.problem().offers().offers(), result.constraints(),
                result.summary());
    }

    public String toJson() {
        return Json.write(this);
    }

    public static Scenario fromJson(String json) {
        return Json.read(json, Scenario.class, "saved scenario");
    }
}
