package com.discountworkbench.data;

/**
 * A row kept out of the dataset.
 *
 * @param line   physical line number in the file (1-based, counting every line break, also inside quotes)
 * @param reason what was wrong, worded for the analyst
 */
public record RejectedRow(long line, String reason) {
}
