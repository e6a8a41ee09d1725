package com.discountworkbench.cli;

import com.discountworkbench.data.ColumnProfile;
import com.discountworkbench.data.ColumnProfiler;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.RejectedRow;
import com.discountworkbench.data.RoleGuess;
import com.discountworkbench.data.ValueCount;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The quality report as aligned text for a terminal. */
final class QualityReportTable {
    private static final int MAX_NAME = 32;
    private static final int MAX_SUMMARY = 72;
    private static final String[] HEADINGS = {"name", "type", "role", "missing", "distinct", "summary"};
    private static final boolean[] RIGHT_ALIGNED = {false, false, false, true, true, false};

    private final PrintWriter out;

    QualityReportTable(PrintWriter out) {
        this.out = out;
    }

    void print(LoadedDataset loaded) {
        QualityReport report = loaded.report();
        DataSource source = loaded.dataset().source();
        out.printf(Locale.ROOT, "%s: %,d rows, %d columns%n", source.file().getFileName(), report.rows(),
                report.columns().size());
        out.printf(Locale.ROOT, "read as %s, delimiter %s, decimal %s; %,d bytes, sha256 %s%n", source.encoding(),
                source.delimiter() == '\t' ? "tab" : "'" + source.delimiter() + "'",
                source.decimalComma() ? "comma" : "point", source.sizeBytes(), source.sha256());
        if (report.blankLines() > 0) {
            out.printf(Locale.ROOT, "%,d blank lines skipped%n", report.blankLines());
        }
        out.println();
        printColumns(report.columns());
        printRoles(report.roleGuesses());
        printRejected(report);
        printWarnings(report.warnings());
    }

    private void printColumns(List<ColumnProfile> columns) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (ColumnProfile c : columns) {
            rows.add(new String[] {clip(c.name(), MAX_NAME), lower(c.type().name()), lower(c.role().name()),
                String.format(Locale.ROOT, "%,d", c.missing()), String.format(Locale.ROOT, "%,d", c.distinct()),
                clip(summary(c), MAX_SUMMARY)});
        }
        int[] widths = new int[HEADINGS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                String padding = " ".repeat(widths[i] - displayWidth(row[i]));
                String cell = RIGHT_ALIGNED[i] ? padding + row[i] : i == row.length - 1 ? row[i] : row[i] + padding;
                line.append(i == 0 ? "" : "  ").append(cell);
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private void printRoles(List<RoleGuess> guesses) {
        List<RoleGuess> notable = guesses.stream().filter(g -> g.role() != ColumnRole.FEATURE).toList();
        if (notable.isEmpty()) {
            return;
        }
        out.println();
        out.println("Roles (all other columns are features):");
        int width = notable.stream().mapToInt(g -> displayWidth(g.column())).max().orElse(0);
        for (RoleGuess guess : notable) {
            out.printf(Locale.ROOT, "  %s%s  %-9s  %s%n", guess.column(), " ".repeat(width - displayWidth(guess.column())),
                    lower(guess.role().name()), guess.reason());
        }
    }

    private void printRejected(QualityReport report) {
        if (report.rejectedCount() == 0) {
            return;
        }
        out.println();
        out.printf(Locale.ROOT, "Rejected lines: %,d%s%n", report.rejectedCount(),
                report.rejected().size() < report.rejectedCount() ? " (first " + report.rejected().size() + " shown)" : "");
        for (RejectedRow row : report.rejected()) {
            out.printf(Locale.ROOT, "  line %d: %s%n", row.line(), row.reason());
        }
    }

    private void printWarnings(List<QualityWarning> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        out.println();
        out.println("Warnings:");
        warnings.forEach(w -> out.println("  - " + w.message()));
    }

    private static String summary(ColumnProfile c) {
        if (c.min() == null) {
            boolean allUnique = !c.top().isEmpty() && c.top().get(0).count() == 1;
            if (allUnique) {
                return "e.g. " + c.top().stream().limit(3).map(ValueCount::value).collect(Collectors.joining(", "));
            }
            return c.top().stream().map(v -> v.value() + String.format(Locale.ROOT, " (%,d)", v.count()))
                    .collect(Collectors.joining(", "));
        }
        return switch (c.type()) {
            case DATE -> ColumnProfiler.formatValue(c.type(), c.min()) + " .. "
                    + ColumnProfiler.formatValue(c.type(), c.max());
            case BOOLEAN -> String.format(Locale.ROOT, "%.1f%% true", 100 * c.mean());
            default -> "min " + ColumnProfiler.formatNumber(c.min()) + ", max " + ColumnProfiler.formatNumber(c.max())
                    + ", mean " + ColumnProfiler.formatNumber(c.mean());
        };
    }

    private static String clip(String text, int max) {
        String oneLine = text.replace('\n', ' ').replace('\r', ' ');
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "…";
    }

    /** Terminal columns the text takes: Chinese, Japanese and Korean characters and full-width forms take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean wide = c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80' && c <= '\uA4CF' && c != '\u303F'
                    || c >= '\uAC00' && c <= '\uD7A3' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFE30' && c <= '\uFE4F'
                    || c >= '\uFF00' && c <= '\uFF60' || c >= '\uFFE0' && c <= '\uFFE6');
            width += wide ? 2 : 1;
        }
        return width;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
