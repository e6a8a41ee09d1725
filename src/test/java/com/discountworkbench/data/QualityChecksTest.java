package com.discountworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.csv.CsvCorpus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityChecksTest {

    @Test
    void duplicateIdsAndExtremeImbalance() {
        QualityReport report = CsvCorpus.read("duplicate-ids-imbalance.csv").report();

        assertThat(report.warnings(QualityWarning.Kind.DUPLICATE_IDS)).singleElement().satisfies(w -> {
            assertThat(w.column()).isEqualTo("customer_id");
            assertThat(w.message()).contains("2 repeated ids").contains("'C0198'");
        });
        assertThat(report.warnings(QualityWarning.Kind.CLASS_IMBALANCE)).singleElement()
                .satisfies(w -> assertThat(w.message()).contains("only 1 of 200 rows (0.50%) are purchases"));
    }

    @Test
    void constantColumns() {
        QualityReport report = CsvCorpus.read("constant.csv").report();

        assertThat(report.warnings(QualityWarning.Kind.CONSTANT_COLUMN)).extracting(QualityWarning::column)
                .containsExactly("country", "flag");
    }

    @Test
    void duplicateAndEmptyHeaderNamesAreMadeUnique() {
        LoadedDataset loaded = CsvCorpus.read("duplicate-header.csv");

        assertThat(loaded.dataset().columns()).extracting(Column::name)
                .containsExactly("name", "amount", "name_2", "column_4", "amount_2");
        assertThat(loaded.report().warnings(QualityWarning.Kind.DUPLICATE_HEADER)).extracting(QualityWarning::column)
                .containsExactly("name_2", "amount_2");
        assertThat(loaded.report().warnings(QualityWarning.Kind.EMPTY_HEADER)).extracting(QualityWarning::column)
                .containsExactly("column_4");
    }

    @Test
    void postOutcomeColumnsWarnByNameAndByValues() {
        QualityReport report = CsvCorpus.read("leakage.csv").report();

        assertThat(report.warnings(QualityWarning.Kind.LEAKAGE)).extracting(QualityWarning::column)
                .containsExactly("visit", "checkout_sum");
    }

    @Test
    void aPostOutcomeColumnMadeAFeatureByTheAnalystIsALeak() {
        QualityReport report = CsvCorpus.read("leakage.csv", CsvOptions.detect()
                .withRoleOverrides(Map.of("visit", ColumnRole.FEATURE, "spend", ColumnRole.FEATURE))).report();

        assertThat(report.warnings(QualityWarning.Kind.LEAKAGE)).extracting(QualityWarning::column)
                .containsExactly("visit", "spend", "checkout_sum");
        assertThat(report.warnings(QualityWarning.Kind.LEAKAGE).get(0).message()).contains("is a model input");
    }

    @Test
    void mostlyMissingColumnsAndAMissingLabel() {
        QualityReport report = CsvCorpus.read("missing-tokens.csv").report();

        assertThat(report.warnings(QualityWarning.Kind.MOSTLY_MISSING)).extracting(QualityWarning::column)
                .containsExactly("amount", "city");
        assertThat(report.warnings(QualityWarning.Kind.MISSING_ROLE)).hasSize(1);
    }

    @Test
    void overridesWinAndSayTheyWereSetByTheAnalyst() {
        LoadedDataset loaded = CsvCorpus.read("sample-like.csv", CsvOptions.detect()
                .withRoleOverrides(Map.of("age", ColumnRole.IGNORE)));

        assertThat(loaded.dataset().role("age")).isEqualTo(ColumnRole.IGNORE);
        assertThat(loaded.report().column("age").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(loaded.report().roleGuesses()).filteredOn(g -> g.column().equals("age")).singleElement()
                .satisfies(g -> assertThat(g.reason()).startsWith("set by you (guessed FEATURE"));
    }

    @Test
    void anOverrideForAColumnThatDoesNotExistListsTheColumns() {
        assertThatThrownBy(() -> CsvCorpus.read("constant.csv", CsvOptions.detect()
                .withRoleOverrides(Map.of("amout", ColumnRole.VALUE))))
                .isInstanceOf(DataException.class)
                .hasMessage("There is no column 'amout'. Columns are: id, country, flag, amount");
    }

    @Test
    void changingRolesLaterRecomputesTheRoleWarningsOnly() {
        LoadedDataset loaded = CsvCorpus.read("leakage.csv");

        LoadedDataset changed = QualityAssessor.withRoles(loaded, Map.of("visit", ColumnRole.FEATURE,
                "purchased", ColumnRole.FEATURE));

        assertThat(changed.dataset().role("visit")).isEqualTo(ColumnRole.FEATURE);
        assertThat(changed.report().column("visit").role()).isEqualTo(ColumnRole.FEATURE);
        assertThat(changed.report().warnings(QualityWarning.Kind.MISSING_ROLE)).hasSize(1);
        assertThat(changed.report().warnings(QualityWarning.Kind.LEAKAGE)).extracting(QualityWarning::column)
                .containsExactly("visit");
        assertThat(changed.report().roleGuesses()).filteredOn(g -> g.column().equals("visit")).singleElement()
                .satisfies(g -> assertThat(g.reason()).startsWith("set by you (was IGNORE"));
        assertThat(loaded.dataset().role("visit")).isEqualTo(ColumnRole.IGNORE);
    }
}
