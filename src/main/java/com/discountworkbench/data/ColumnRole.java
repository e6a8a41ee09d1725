package com.discountworkbench.data;

/** What a column means for the discount models. */
public enum ColumnRole {
    /** Customer identifier, carried through to exports. */
    ID,
    /** Describes the customer before the offer; a model input. */
    FEATURE,
    /** Whether the customer bought (0/1). */
    LABEL,
    /** The discount rate or named offer the customer received; a model input. */
    TREATMENT,
    /** What the customer spent. */
    VALUE,
    /** The customer's gross margin rate (0..1). */
    MARGIN,
    /** Not used. */
    IGNORE
}
