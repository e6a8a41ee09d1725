package com.discountworkbench.data.csv;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.task.TaskMonitor;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The small odd and bad files under {@code src/test/resources/csv} (see the README there). */
public final class CsvCorpus {
    private CsvCorpus() {
    }

    public static Path file(String name) {
        try {
            return Path.of(CsvCorpus.class.getResource("/csv/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("No corpus file " + name, e);
        }
    }

    public static LoadedDataset read(String name) {
        return read(name, CsvOptions.detect());
    }

    public static LoadedDataset read(String name, CsvOptions options) {
        return CsvDatasetReader.read(file(name), options, TaskMonitor.NONE);
    }

    public static LoadedDataset read(Path file) {
        return CsvDatasetReader.read(file, CsvOptions.detect(), TaskMonitor.NONE);
    }

    /** A text column's values as strings, null for missing. */
    public static List<String> texts(LoadedDataset loaded, String column) {
        CategoricalColumn values = (CategoricalColumn) loaded.dataset().column(column);
        List<String> texts = new ArrayList<>();
        for (int row = 0; row < values.size(); row++) {
            texts.add(values.get(row));
        }
        return texts;
    }

    /** A numeric column's values. */
    public static float[] numbers(LoadedDataset loaded, String column) {
        return ((NumericColumn) loaded.dataset().column(column)).values();
    }
}
