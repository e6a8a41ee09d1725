package com.discountworkbench.prep;

import com.discountworkbench.data.Column;
import com.discountworkbench.data.DataException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Named offers (Hillstrom's "Mens E-Mail", "Womens E-Mail", "No E-Mail") as one 0/1 feature per offer seen
 * in training. An offer the model never saw cannot be scored, so it is an error rather than "other".
 *
 * @param names       the offers in order of first appearance in the training rows
 * @param noOfferName the offer that means "no offer"
 */
public record NamedTreatment(String column, List<String> names, String noOfferName) implements TreatmentEncoding {

    /** Names that say "no offer": "No E-Mail", "none", "control", or false for a 0/1 column. */
    private static final Pattern NO_OFFER = Pattern.compile("(?i)\\b(no|none|control|false)\\b");

    public NamedTreatment {
        names = List.copyOf(names);
    }

    static NamedTreatment fit(Column source, String chosenNoTreatment, int[] rows) {
        for (int row : rows) {
            if (source.isMissing(row)) {
                throw TreatmentEncoding.missingAt(source.name(), row);
            }
        }
        LevelCounts counts = LevelCounts.of(source, rows);
        String none;
        if (chosenNoTreatment != null) {
            none = chosenNoTreatment;
            if (!counts.names().contains(none)) {
                throw new DataException("The no-offer level '" + none + "' does not occur in the training rows."
                        + " Offers are: " + String.join(", ", counts.names()) + ".", null, -1, source.name(), null);
            }
        } else {
            none = counts.names().stream().filter(name -> NO_OFFER.matcher(name).find()).findFirst()
                    .orElse(counts.mostFrequent());
        }
        return new NamedTreatment(source.name(), counts.names(), none);
    }

    @Override
    public List<String> outputNames() {
        return names.stream().map(name -> column + "=" + name).toList();
    }

    @Override
    public List<TreatmentLevel> levels() {
        return names.stream().map(TreatmentLevel::named).toList();
    }

    @Override
    public TreatmentLevel noTreatment() {
        return TreatmentLevel.named(noOfferName);
    }

    @Override
    public ColumnWriter bind(Column source) {
        CategoryIndex index = new CategoryIndex(source, names, -2);
        return (rows, from, to, out, stride, offset) -> {
            for (int i = from; i < to; i++) {
                int level = index.indexOf(rows[i]);
                if (level == CategoryIndex.MISSING) {
                    throw TreatmentEncoding.missingAt(column, rows[i]);
                }
                if (level < 0) {
                    throw unknown(source.display(rows[i]));
                }
                out[i * stride + offset + level] = 1f;
            }
        };
    }

    @Override
    public int[] observedIndices(Column source, int[] rows, List<TreatmentLevel> grid) {
        List<String> gridNames = grid.stream().map(TreatmentLevel::name).toList();
        int[] indices = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            indices[i] = source.isMissing(rows[i]) ? -1 : gridNames.indexOf(source.display(rows[i]));
        }
        return indices;
    }

    @Override
    public float[] encode(TreatmentLevel level) {
        int index = names.indexOf(level.name());
        if (index < 0) {
            throw unknown(level.name());
        }
        float[] features = new float[names.size()];
        features[index] = 1f;
        return features;
    }

    private DataException unknown(String offer) {
        return new DataException("The model was trained with the offers " + String.join(", ", names) + "; '"
                + offer + "' is not one of them, so it cannot be scored. Retrain with data that includes it.",
                null, -1, column, null);
    }

    @Override
    public String describe() {
        return column + ": treatment, named offers one-hot (" + String.join(", ", names) + "); no offer = "
                + noOfferName;
    }
}
