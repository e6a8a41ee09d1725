package com.discountworkbench.ui.train;

import java.time.Duration;

/** Durations as a clock shows them: 0:42, 12:05, 1:02:03. */
final class DurationText {
    private DurationText() {
    }

    static String of(Duration duration) {
        long seconds = Math.max(0, Math.round(duration.toMillis() / 1000.0));
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }
}
