package com.discountworkbench.ui.simulate;

import com.discountworkbench.prep.TreatmentLevel;
import com.discountworkbench.ui.i18n.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The discount grid as the analyst types it: "0, 5%, 10%, 15%" or "0, 0.05, 0.1". A number of 1 or more without a
 * percent sign is read as a percentage too (nobody offers 100 % off). The grid must include 0, the no-discount
 * baseline every increment is measured against.
 */
final class DiscountGridText {
    private DiscountGridText() {
    }

    /** The levels in ascending order without repeats, or empty when the text is not a valid grid. */
    static Optional<List<TreatmentLevel>> parse(String text) {
        TreeSet<Double> rates = new TreeSet<>();
        for (String token : text.split("[,;\\s，；、]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Optional<Double> rate = rate(token);
            if (rate.isEmpty()) {
                return Optional.empty();
            }
            rates.add(rate.get());
        }
        if (!rates.contains(0.0)) {
            return Optional.empty();
        }
        List<TreatmentLevel> levels = new ArrayList<>();
        rates.forEach(rate -> levels.add(TreatmentLevel.discount(rate)));
        return Optional.of(levels);
    }

    /** The grid written back as the analyst would type it: "0%, 5%, 10%". */
    static String format(Formats formats, List<TreatmentLevel> levels) {
        List<String> parts = levels.stream().map(level -> Figures.level(formats, level)).toList();
        return String.join(", ", parts);
    }

    private static Optional<Double> rate(String token) {
        boolean percent = token.endsWith("%") || token.endsWith("％");
        String number = percent ? token.substring(0, token.length() - 1) : token;
        double value;
        try {
            value = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        double rate = percent || value >= 1 ? value / 100 : value;
        // Rounded to 0.01 %: typed rates have few decimals, and "5%" must equal 0.05 exactly.
        rate = Math.round(rate * 10_000) / 10_000.0;
        return rate >= 0 && rate < 1 ? Optional.of(rate == 0 ? 0.0 : rate) : Optional.empty();
    }
}
