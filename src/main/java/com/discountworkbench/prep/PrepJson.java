package com.discountworkbench.prep;

import com.discountworkbench.data.DataException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper of the preprocessing files: indented, so specs stay readable and editable. */
final class PrepJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PrepJson() { }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads JSON written by {@link #write} or edited by hand; bad input becomes a {@link DataException}. */
    static <T> T read(String json, Class<T> type, String what) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof DataException invalidChoice) {
                throw invalidChoice;
            }
            throw new DataException("The " + what + " are not valid: " + e.getOriginalMessage(), e);
        }
    }
}
