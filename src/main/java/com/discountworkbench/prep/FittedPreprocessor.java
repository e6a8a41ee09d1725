package com.discountworkbench.prep;

import com.discountworkbench.json.Json;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fitted preprocessing pipeline, plain data saved with the model and applied identically at training and
 * scoring. Features need only the feature columns and, for the observed treatment, the treatment column;
 * label, value and margin columns are read only by the methods that return them.
 *
 * @param columns       the feature columns' fitted transforms, in feature order
 * @param treatment     the treatment encoding (its features come last); null when there is no treatment
 * @param idColumn      the customer id column, for exports; may be null
 * @param labelColumn   the "bought" column; may be null
 * @param positiveLabel the text label value meaning "bought"; null to recognise yes/true/1
 * @param valueColumn   the spend column; may be null
 * @param marginColumn  the gross margin rate column; may be null
 * @param trainingRows  how many rows the statistics came from
 */
public record FittedPreprocessor(List<FittedColumn> columns, TreatmentEncoding treatment, String idColumn,
                                 String labelColumn, String positiveLabel, String valueColumn,
                                 String marginColumn, int trainingRows) {

    public FittedPreprocessor {
        columns = List.copyOf(columns);
    }

    /** Features with each customer's observed treatment. */
    public FeatureMatrix features(Dataset data) {
        List<ColumnWriter> writers = featureWriters(data);
        if (treatment != null) {
            writers.add(treatment.bind(Columns.require(data, treatment.column(),
                    "the treatment (needed to score the offer each customer got)")));
        }
        return assemble(data, writers);
    }

    /** Features with every customer set to the given treatment level; the data needs no treatment column. */
    public FeatureMatrix features(Dataset data, TreatmentLevel level) {
        if (treatment == null) {
            throw new DataException("The model was trained without a treatment column, so it cannot score "
                    + "treatment levels. Retrain with a treatment column.");
        }
        List<ColumnWriter> writers = featureWriters(data);
        writers.add(ColumnWriter.constant(treatment.encode(level)));
        return assemble(data, writers);
    }

    private List<ColumnWriter> featureWriters(Dataset data) {
        List<ColumnWriter> writers = new ArrayList<>();
        for (FittedColumn column : columns) {
            writers.add(column.bind(Columns.require(data, column.column(), "a feature")));
        }
        return writers;
    }

    private FeatureMatrix assemble(Dataset data, List<ColumnWriter> writers) {
        int[] widths = new int[writers.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).outputNames().size();
        }
        if (treatment != null) {
            widths[columns.size()] = treatment.outputNames().size();
        }
        return FeatureAssembler.assemble(keptRows(data), writers, widths, featureNames());
    }

    public List<String> featureNames() {
        List<String> names = new ArrayList<>();
        columns.forEach(column -> names.addAll(column.outputNames()));
        if (treatment != null) {
            names.addAll(treatment.outputNames());
        }
        return names;
    }

    public int featureCount() {
        return featureNames().size();
    }

    /** Positions of the treatment's features in each feature row (the last ones); empty without treatment. */
    public int[] treatmentFeatureColumns() {
        int count = treatment == null ? 0 : treatment.outputNames().size();
        int first = featureCount() - count;
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = first + i;
        }
        return positions;
    }

    public boolean hasTreatment() {
        return treatment != null;
    }

    /** The treatment levels seen in training: ascending rates, or named offers in order of appearance. */
    public List<TreatmentLevel> treatmentLevels() {
        return treatment == null ? List.of() : treatment.levels();
    }

    /** Rate 0 for a discount; the chosen (or recognised, else most frequent) offer for named offers. */
    public TreatmentLevel noTreatmentLevel() {
        if (treatment == null) {
            throw new IllegalStateException("The model has no treatment");
        }
        return treatment.noTreatment();
    }

    /**
     * The data rows that features, labels and values are computed for, ascending: all rows unless a
     * column is set to drop rows with missing values.
     */
    public int[] keptRows(Dataset data) {
        List<String> dropColumns = new ArrayList<>();
        for (FittedColumn column : columns) {
            if (column.missing() == Imputation.DROP_ROW) {
                dropColumns.add(column.column());
            }
        }
        return Preprocessor.keptRows(data, dropColumns);
    }

    /**
     * For each kept row, the index in {@code grid} of the treatment the customer got (-1 when missing or off
     * the grid); all -1 when the data has no treatment column.
     */
    public int[] observedLevels(Dataset data, List<TreatmentLevel> grid) {
        int[] rows = keptRows(data);
        if (treatment == null || data.find(treatment.column()).isEmpty()) {
            int[] none = new int[rows.length];
            Arrays.fill(none, -1);
            return none;
        }
        return treatment.observedIndices(data.column(treatment.column()), rows, grid);
    }

    /** 0/1 purchase labels of the kept rows. */
    public float[] labels(Dataset data) {
        return Targets.labels(data, labelColumn, positiveLabel, keptRows(data));
    }

    /** Spend of the kept rows; missing (non-buyers) as 0. */
    public float[] values(Dataset data) {
        return Targets.values(data, valueColumn, keptRows(data));
    }

    /** Cost of goods as a share of list price (1 − gross margin rate) of the kept rows. */
    public float[] costRatios(Dataset data, double defaultMarginRate) {
        return Targets.costRatios(data, marginColumn, defaultMarginRate, keptRows(data));
    }

    /** A few lines for exports and provenance: one per column, then the targets. */
    public String describe() {
        StringBuilder text = new StringBuilder().append(featureCount()).append(" features from ")
                .append(columns.size() + (treatment == null ? 0 : 1)).append(" columns, fitted on ")
                .append(trainingRows).append(" training rows\n");
        columns.forEach(column -> text.append("  ").append(column.describe()).append('\n'));
        if (treatment != null) {
            text.append("  ").append(treatment.describe()).append('\n');
        }
        text.append("  label: ").append(labelColumn == null ? "none" : labelColumn)
                .append(positiveLabel == null ? "" : " (bought = " + positiveLabel + ")")
                .append("; value: ").append(valueColumn == null ? "none" : valueColumn)
                .append("; margin: ").append(marginColumn == null ? "none" : marginColumn)
                .append("; id: ").append(idColumn == null ? "row number" : idColumn);
        return text.toString();
    }

    public String toJson() {
        return Json.write(this);
    }

    /** @throws DataException when the text is not a fitted preprocessing */
    public static FittedPreprocessor fromJson(String json) {
        return Json.read(json, FittedPreprocessor.class, "fitted preprocessing");
    }
}
