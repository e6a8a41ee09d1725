package com.discountworkbench.data;

/** The role given to a column and why, so the analyst can check the guess. */
public record RoleGuess(String column, ColumnRole role, String reason) {
}
