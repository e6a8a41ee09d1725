package com.discountworkbench.testing;

import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.task.TaskMonitor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Small customer files whose purchase is a known function of the columns, so a model that learns must reach a
 * high AUC. Columns: {@code customer_id}, {@code x1}, {@code x2} (uniform 0..1), {@code color} (red, green,
 * blue), {@code discount} (0, 0.1 or 0.2 at random), {@code bought} = 1 exactly when x1 + x2 + 2·discount
 * &gt; 1.2, and {@code spend} = 40 + 60·x1 for buyers (0 otherwise).
 */
public final class SyntheticCustomers {
    public static final String[] COLORS = {"red", "green", "blue"};
    public static final double[] DISCOUNTS = {0, 0.1, 0.2};

    private SyntheticCustomers() {
    }

    public static Path write(Path file, int rows, long seed) throws IOException {
        Files.write(file, lines(rows, seed), StandardCharsets.UTF_8);
        return file;
    }

    /** The header and one line per customer. */
    public static List<String> lines(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>();
        lines.add("customer_id,x1,x2,color,discount,bought,spend");
        for (int i = 1; i <= rows; i++) {
            double x1 = random.nextDouble();
            double x2 = random.nextDouble();
            String color = COLORS[random.nextInt(COLORS.length)];
            double discount = DISCOUNTS[random.nextInt(DISCOUNTS.length)];
            boolean bought = x1 + x2 + 2 * discount > 1.2;
            lines.add(String.format(Locale.ROOT, "C%05d,%.4f,%.4f,%s,%.1f,%d,%.2f", i, x1, x2, color, discount,
                    bought ? 1 : 0, bought ? 40 + 60 * x1 : 0));
        }
        return lines;
    }

    /** Reads a file with the guessed roles, as {@code train} does without options. */
    public static Dataset read(Path file) {
        return CsvDatasetReader.read(file, CsvOptions.detect(), TaskMonitor.NONE).dataset();
    }
}
