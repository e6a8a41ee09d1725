package com.discountworkbench.ui.export;

import com.discountworkbench.io.CsvExportFormat;
import com.discountworkbench.io.PolicyColumn;
import com.discountworkbench.io.PolicyExport;
import com.discountworkbench.model.TrainingPlan;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * How the policy file is laid out: which columns, the byte order mark, delimiter and decimal mark for the program
 * that opens it, and the share of customers drawn into a randomized control group with the draw's seed.
 */
public final class ExportOptionsViewModel {
    public static final double MAX_HOLDOUT_SHARE = 0.5;

    private final Map<PolicyColumn, BooleanProperty> columns = new EnumMap<>(PolicyColumn.class);
    private final BooleanProperty byteOrderMark = new SimpleBooleanProperty(this, "byteOrderMark");
    private final ObjectProperty<CsvLayout.Delimiter> delimiter =
            new SimpleObjectProperty<>(this, "delimiter", CsvLayout.Delimiter.COMMA);
    private final ObjectProperty<CsvLayout.DecimalMark> decimalMark =
            new SimpleObjectProperty<>(this, "decimalMark", CsvLayout.DecimalMark.POINT);
    private final DoubleProperty holdoutShare = new SimpleDoubleProperty(this, "holdoutShare");
    private final LongProperty seed = new SimpleLongProperty(this, "seed", TrainingPlan.DEFAULT_SEED);
    private final BooleanBinding formatValid = Bindings.createBooleanBinding(
            () -> !(delimiter.get() == CsvLayout.Delimiter.COMMA && decimalMark.get() == CsvLayout.DecimalMark.COMMA),
            delimiter, decimalMark);

    public ExportOptionsViewModel() {
        for (PolicyColumn column : PolicyColumn.values()) {
            columns.put(column, new SimpleBooleanProperty(this, column.name(), true));
        }
    }

    /** Whether the column is written; the id and the recommendation always are. */
    public BooleanProperty columnProperty(PolicyColumn column) {
        return columns.get(column);
    }

    public BooleanProperty byteOrderMarkProperty() { return byteOrderMark; }

    public ObjectProperty<CsvLayout.Delimiter> delimiterProperty() { return delimiter; }

    public ObjectProperty<CsvLayout.DecimalMark> decimalMarkProperty() { return decimalMark; }

    /** False for a decimal comma with a comma delimiter, which no program can read back. */
    public BooleanBinding formatValid() { return formatValid; }

    /** 0 to {@link #MAX_HOLDOUT_SHARE}: customers given a random discount so the next campaign can be evaluated. */
    public DoubleProperty holdoutShareProperty() { return holdoutShare; }

    public LongProperty seedProperty() { return seed; }

    /** Plain CSV: comma, decimal point, no byte order mark. */
    public void useStandardFormat() {
        apply(CsvExportFormat.standard());
    }

    /** For Excel where numbers are written 0,15: semicolon, decimal comma, byte order mark. */
    public void useExcelDecimalCommaFormat() {
        apply(CsvExportFormat.excelDecimalComma());
    }

    /** The file extension that fits the delimiter. */
    String extension() {
        return delimiter.get() == CsvLayout.Delimiter.TAB ? "tsv" : "csv";
    }

    PolicyExport.Options options() {
        Set<PolicyColumn> chosen = EnumSet.noneOf(PolicyColumn.class);
        columns.forEach((column, on) -> {
            if (on.get() || column.isRequired()) {
                chosen.add(column);
            }
        });
        CsvExportFormat format = new CsvExportFormat(byteOrderMark.get(), delimiter.get().character(),
                decimalMark.get().character());
        return new PolicyExport.Options(format, chosen, holdoutShare.get(), seed.get());
    }

    private void apply(CsvExportFormat format) {
        byteOrderMark.set(format.byteOrderMark());
        decimalMark.set(format.decimalSeparator() == ',' ? CsvLayout.DecimalMark.COMMA : CsvLayout.DecimalMark.POINT);
        for (CsvLayout.Delimiter choice : CsvLayout.Delimiter.values()) {
            if (choice.character() == format.delimiter()) {
                delimiter.set(choice);
            }
        }
    }
}
