package com.discountworkbench.policy;

import com.discountworkbench.data.DataException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

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
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A scenario must always serialize", e);
        }
    }

    public static Scenario fromJson(String json) {
        try {
            return JSON.readValue(json, Scenario.class);
        } catch (JsonProcessingException e) {
            throw new DataException("This is not a saved scenario (" + e.getOriginalMessage() + ").", e);
        }
    }
}
