package com.discountworkbench.model;

import com.discountworkbench.data.DataException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** Reads and writes {@link NetworkSpec} as indented JSON that analysts can edit by hand. */
public final class NetworkSpecJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private NetworkSpecJson() {
    }

    public static String write(NetworkSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A network spec could not be written as JSON", e);
        }
    }

    /** Parses a spec; a malformed or invalid one gets the validation message (for example "units ≤ 0"). */
    public static NetworkSpec read(String json) {
        try {
            return MAPPER.readValue(json, NetworkSpec.class);
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause();
            while (cause != null) {
                if (cause instanceof DataException invalid) {
                    throw new DataException("Invalid network configuration: " + invalid.getMessage(), e);
                }
                cause = cause.getCause();
            }
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new DataException("The network configuration is not valid JSON: " + e.getOriginalMessage() + where,
                    e);
        }
    }
}
