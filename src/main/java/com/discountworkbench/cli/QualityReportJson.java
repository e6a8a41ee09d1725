package com.discountworkbench.cli;

import com.discountworkbench.data.ColumnProfile;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.RejectedRow;
import com.discountworkbench.data.RoleGuess;
import com.discountworkbench.data.ValueCount;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Locale;

/** The quality report as one JSON object: source, rows, columns, rejected lines and warnings. */
final class QualityReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private QualityReportJson() {
    }

    static String toJson(LoadedDataset loaded) {
        QualityReport report = loaded.report();
        DataSource source = loaded.dataset().source();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", source.file().toString());
        root.put("sizeBytes", source.sizeBytes());
        root.put("sha256", source.sha256());
        root.put("encoding", source.encoding());
        root.put("delimiter", String.valueOf(source.delimiter()));
        root.put("decimalSeparator", source.decimalComma() ? "," : ".");
        root.put("rows", report.rows());
        root.put("rejectedCount", report.rejectedCount());
        root.put("blankLines", report.blankLines());
        ArrayNode columns = root.putArray("columns");
        for (int i = 0; i < report.columns().size(); i++) {
            columns.add(column(report.columns().get(i), report.roleGuesses().get(i)));
        }
        ArrayNode rejected = root.putArray("rejected");
        for (RejectedRow row : report.rejected()) {
            rejected.addObject().put("line", row.line()).put("reason", row.reason());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (QualityWarning warning : report.warnings()) {
            warnings.addObject().put("kind", lower(warning.kind().name())).put("column", warning.column())
                    .put("message", warning.message());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A tree of plain values always serializes", e);
        }
    }

    private static ObjectNode column(ColumnProfile profile, RoleGuess guess) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", profile.name());
        node.put("type", lower(profile.type().name()));
        node.put("role", lower(profile.role().name()));
        node.put("roleReason", guess.reason());
        node.put("missing", profile.missing());
        node.put("distinct", profile.distinct());
        if (profile.type() == ColumnType.DATE && profile.min() != null) {
            node.put("min", LocalDate.ofEpochDay(Math.round(profile.min())).toString());
            node.put("max", LocalDate.ofEpochDay(Math.round(profile.max())).toString());
        } else if (profile.min() != null) {
            node.put("min", profile.min());
            node.put("max", profile.max());
            node.put("mean", profile.mean());
        }
        if (!profile.type().isNumeric()) {
            ArrayNode top = node.putArray("top");
            for (ValueCount value : profile.top()) {
                top.addObject().put("value", value.value()).put("count", value.count());
            }
        }
        return node;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
