package com.discountworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.csv.CsvCorpus;
import com.discountworkbench.testing.SharedData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsAnAlignedTableWithRejectedLinesAndWarnings() {
        CommandRun run = CommandRun.of("inspect", CsvCorpus.file("bad-rows.csv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("bad-rows.csv: 3 rows, 3 columns");
        int heading = lines.indexOf(lines.stream().filter(l -> l.startsWith("name")).findFirst().orElseThrow());
        assertThat(lines.get(heading)).matches("name +type +role +missing +distinct +summary");
        assertThat(lines.get(heading + 2)).matches("amount +integer +value +0 +3 +min 10, max 70, mean 36\\.67");
        int typeColumn = lines.get(heading).indexOf("type");
        for (String row : lines.subList(heading + 1, heading + 4)) {
            assertThat(row.charAt(typeColumn - 1)).as(row).isEqualTo(' ');
            assertThat(row.charAt(typeColumn)).as(row).isNotEqualTo(' ');
        }
        assertThat(run.out()).contains("Rejected lines: 3", "  line 3: has 2 fields, expected 3",
                "  line 7: column 'amount': 'abc' is not a number", "Warnings:");
    }

    @Test
    void jsonHasRowsColumnsRejectedAndWarnings() throws IOException {
        CommandRun run = CommandRun.of("inspect", "--json", CsvCorpus.file("bad-rows.csv").toString());

        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("rows").asInt()).isEqualTo(3);
        assertThat(root.get("columns")).hasSize(3);
        JsonNode amount = root.get("columns").get(1);
        assertThat(amount.get("name").asText()).isEqualTo("amount");
        assertThat(amount.get("type").asText()).isEqualTo("integer");
        assertThat(amount.get("role").asText()).isEqualTo("value");
        assertThat(amount.get("missing").asInt()).isZero();
        assertThat(amount.get("distinct").asInt()).isEqualTo(3);
        assertThat(amount.get("min").asDouble()).isEqualTo(10.0);
        assertThat(amount.get("max").asDouble()).isEqualTo(70.0);
        assertThat(amount.get("mean").asDouble()).isEqualTo(36.66667);
        JsonNode city = root.get("columns").get(2);
        assertThat(city.get("top").get(0).get("value").asText()).isEqualTo("Paris");
        assertThat(city.get("top").get(0).get("count").asInt()).isEqualTo(1);
        assertThat(city.has("mean")).isFalse();
        assertThat(root.get("rejected")).hasSize(3);
        assertThat(root.get("rejected").get(2).get("line").asLong()).isEqualTo(7);
        assertThat(root.get("rejected").get(2).get("reason").asText()).isEqualTo("column 'amount': 'abc' is not a number");
        List<String> kinds = new ArrayList<>();
        root.get("warnings").forEach(w -> kinds.add(w.get("kind").asText()));
        assertThat(kinds).contains("rejected_rows", "missing_role");
        assertThat(root.get("sha256").asText()).hasSize(64);
    }

    @Test
    void jsonIsOneObjectForARealFile() throws IOException {
        Path hillstrom = SharedData.require(SharedData.HILLSTROM);

        CommandRun run = CommandRun.of("inspect", "--json", hillstrom.toString());

        JsonNode root = JSON.readTree(run.out());
        assertThat(root.isObject()).isTrue();
        assertThat(root.get("rows").asInt()).isEqualTo(64_000);
        assertThat(root.get("columns")).hasSize(12);
        assertThat(root.get("columns").get(8).get("role").asText()).isEqualTo("treatment");
        assertThat(root.get("columns").get(8).get("roleReason").asText()).contains("named offers");
    }

    @Test
    void optionsOverrideDetectionAndRoles() throws IOException {
        CommandRun run = CommandRun.of("inspect", "--json", "--delimiter", ";", "--decimal", ",", "--encoding",
                "UTF-8", "--role", "umsatz=label", "--role", "rabatt=TREATMENT",
                CsvCorpus.file("semicolon-decimal-comma.csv").toString());

        assertThat(run.err()).isEmpty();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("delimiter").asText()).isEqualTo(";");
        assertThat(root.get("decimalSeparator").asText()).isEqualTo(",");
        assertThat(root.get("columns").get(1).get("role").asText()).isEqualTo("label");
        assertThat(root.get("columns").get(1).get("roleReason").asText()).startsWith("set by you");
        assertThat(root.get("columns").get(2).get("role").asText()).isEqualTo("treatment");
    }

    @Test
    void tabDelimiterByName() {
        CommandRun run = CommandRun.of("inspect", "--delimiter", "tab", CsvCorpus.file("tab.tsv").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("delimiter tab");
    }

    @Test
    void badInputIsOneErrorLineWithExitCode2() {
        assertError(CommandRun.of("inspect", "no-such-file.csv"), "error: no-such-file.csv: File not found.");
        assertError(CommandRun.of("inspect", CsvCorpus.file("empty.csv").toString()), "error: empty.csv: The file is empty.");
        assertError(CommandRun.of("inspect", CsvCorpus.file("workbook.xlsx").toString()), "error: workbook.xlsx: This is not a CSV");
        assertError(CommandRun.of("inspect", "--encoding", "klingon", CsvCorpus.file("lf.csv").toString()),
                "error: Unknown encoding 'klingon'");
        assertError(CommandRun.of("inspect", "--role", "b=boss", CsvCorpus.file("lf.csv").toString()),
                "error: Unknown role 'boss' for column 'b'");
        assertError(CommandRun.of("inspect", "--role", "nope=label", CsvCorpus.file("lf.csv").toString()),
                "error: There is no column 'nope'. Columns are: a, b, c");
        assertError(CommandRun.of("inspect", "--decimal", ";", CsvCorpus.file("lf.csv").toString()),
                "error: --decimal takes '.' or ','");
    }

    @Test
    void aMissingFileArgumentIsAUsageError() {
        CommandRun run = CommandRun.of("inspect");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    private static void assertError(CommandRun run, String start) {
        assertThat(run.exitCode()).isEqualTo(WorkbenchCommand.EXIT_INPUT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith(start);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
