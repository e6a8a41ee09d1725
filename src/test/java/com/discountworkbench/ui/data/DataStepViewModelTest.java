package com.discountworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.CategoricalColumn;
import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.ui.TestWorkbench;
import com.discountworkbench.ui.task.DeferredTaskExecutor;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataStepViewModelTest {
    private final TestWorkbench workbench = new TestWorkbench();

    @TempDir
    Path folder;

    @AfterEach
    void close() throws Exception {
        workbench.close();
    }

    @Test
    void startsWithTheSampleAndShowsItsRowsColumnsAndQuality() {
        Path sample = TestWorkbench.sampleCsv(folder, "customers.csv", 300);
        DataStepViewModel data = new DataStepViewModel(workbench.context, monitor -> Optional.of(sample));

        assertThat(data.showingSampleProperty().get()).isTrue();
        assertThat(data.fileName().get()).isEqualTo("customers.csv");
        assertThat(data.fileDetails().get()).startsWith("300 rows × 16 columns · ").contains("UTF-8 · Comma · Decimal point")
                .endsWith("— in " + folder.toAbsolutePath());
        assertThat(data.rowsProperty().get()).hasSize(300);
        assertThat(data.cell(0, 0)).isEqualTo("C000001");
        assertThat(data.cell(299, 0)).isEqualTo("C000300");
        assertThat(data.columns().items()).extracting(ColumnItem::name).startsWith("customer_id", "age", "city_tier");
        assertThat(data.columns().items().get(0).roleProperty().get()).isEqualTo(ColumnRole.ID);
        assertThat(data.columns().chartProperty().get().column()).as("identifiers have nothing to chart").isEqualTo("age");
        assertThat(data.quality().summary().get()).startsWith("Rows read: 300 · Lines rejected: 0");
        assertThat(data.quality().guesses()).hasSize(16);
        assertThat(workbench.pipeline.state(PipelineStep.DATA)).isEqualTo(StepState.DONE);
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).as("the default preprocessing counts")
                .isEqualTo(StepState.DONE);
        assertThat(workbench.session.planProperty().get().preprocessing().columns()).hasSize(16);
    }

    @Test
    void anImportedFileReplacesTheSampleAndItsRejectedLinesAreListed() throws Exception {
        DataStepViewModel data = new DataStepViewModel(workbench.context, SampleData.none());
        assertThat(data.hasFile().get()).isFalse();
        Path csv = Files.writeString(folder.resolve("shop.csv"), "id;age;bought\nA;30;1\nB;x;y;z\nC;40;0\n",
                StandardCharsets.UTF_8);

        workbench.dialogs.answerFile(csv);
        data.importCsv();

        assertThat(data.fileName().get()).isEqualTo("shop.csv");
        assertThat(data.showingSampleProperty().get()).isFalse();
        assertThat(data.rowsProperty().get()).hasSize(2);
        assertThat(data.fileDetails().get()).contains("Semicolon");
        assertThat(data.quality().rejected()).singleElement().satisfies(rejected -> assertThat(rejected.line()).isEqualTo(3));
        assertThat(data.quality().tabTitle().get()).startsWith("Quality (");
        assertThat(data.quality().warnings()).extracting(data.quality()::kindLabel).contains("Rejected rows");
    }

    @Test
    void changingARoleRepublishesTheDataAndMakesLaterStepsStale() {
        Path sample = TestWorkbench.sampleCsv(folder, "customers.csv", 300);
        DataStepViewModel data = new DataStepViewModel(workbench.context, monitor -> Optional.of(sample));
        workbench.pipeline.markDone(PipelineStep.NETWORK);
        workbench.pipeline.markDone(PipelineStep.TRAIN);
        Dataset before = workbench.data().dataset();
        ColumnItem age = item(data, "age");
        data.columns().selectedProperty().set(age);
        ColumnChart chartBefore = data.columns().chartProperty().get();

        data.columns().changeRole(age, ColumnRole.IGNORE);

        Dataset after = workbench.data().dataset();
        assertThat(after).isNotSameAs(before);
        assertThat(after.role("age")).isEqualTo(ColumnRole.IGNORE);
        assertThat(age.roleProperty().get()).as("changed in place").isEqualTo(ColumnRole.IGNORE);
        assertThat(data.columns().items()).contains(age);
        assertThat(data.columns().chartProperty().get()).as("same values, same chart").isSameAs(chartBefore);
        assertThat(workbench.data().report().column("age").role()).isEqualTo(ColumnRole.IGNORE);
        assertThat(workbench.session.planProperty().get().preprocessing().columns().get("age").role())
                .isEqualTo(ColumnRole.IGNORE);
        assertThat(workbench.pipeline.state(PipelineStep.TRAIN)).isEqualTo(StepState.STALE);
        assertThat(workbench.pipeline.state(PipelineStep.PREPARE)).isEqualTo(StepState.DONE);
    }

    @Test
    void givingASingleRoleToAnotherColumnIgnoresTheOldHolder() {
        Path sample = TestWorkbench.sampleCsv(folder, "customers.csv", 300);
        DataStepViewModel data = new DataStepViewModel(workbench.context, monitor -> Optional.of(sample));
        assertThat(workbench.data().dataset().role("spend")).isEqualTo(ColumnRole.VALUE);

        data.columns().changeRole(item(data, "avg_order_value"), ColumnRole.VALUE);

        assertThat(workbench.data().dataset().columnsWithRole(ColumnRole.VALUE)).containsExactly("avg_order_value");
        assertThat(workbench.data().dataset().role("spend")).isEqualTo(ColumnRole.IGNORE);
        assertThat(item(data, "spend").roleProperty().get()).isEqualTo(ColumnRole.IGNORE);
    }

    @Test
    void aChangedReadOptionReadsTheFileAgainKeepingTheRoles() throws Exception {
        Path csv = Files.writeString(folder.resolve("shop.csv"), "id;amount;bought\nA;1.5;1\nB;2.5;0\nC;3.0;1\n");
        DataStepViewModel data = new DataStepViewModel(workbench.context, SampleData.none());
        workbench.main.requestDataFile(csv);
        data.columns().changeRole(item(data, "amount"), ColumnRole.IGNORE);
        LoadedDataset first = workbench.data();

        data.options().encodingProperty().set(data.options().encodings().get(1));

        assertThat(workbench.data()).isNotSameAs(first);
        assertThat(workbench.session.readOptionsProperty().get().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(workbench.data().dataset().role("amount")).as("kept").isEqualTo(ColumnRole.IGNORE);

        data.options().decimalProperty().set(data.options().decimals().get(1));
        data.options().delimiterProperty().set(data.options().delimiters().get(1));
        assertThat(workbench.data().dataset().columnCount()).as("no comma in the file: one column").isEqualTo(1);
        assertThat(data.previewProperty().get().columns().get(0).name()).isEqualTo("id;amount;bought");

        data.options().decimalProperty().set(data.options().decimals().get(2));

        assertThat(workbench.dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("cannot both be ','"));
        assertThat(data.options().decimalProperty().get().value()).as("back to what the data was read with")
                .isEqualTo('.');
    }

    @Test
    void aFileThatCannotBeReadLeavesThePreviousDataAndSaysWhy() throws Exception {
        Path sample = TestWorkbench.sampleCsv(folder, "customers.csv", 50);
        DataStepViewModel data = new DataStepViewModel(workbench.context, monitor -> Optional.of(sample));
        LoadedDataset before = workbench.data();
        Path empty = Files.writeString(folder.resolve("empty.csv"), "");

        workbench.main.requestDataFile(empty);

        assertThat(workbench.data()).isSameAs(before);
        assertThat(data.fileName().get()).isEqualTo("customers.csv");
        assertThat(data.loadingProperty().get()).isFalse();
        assertThat(workbench.dialogs.errors()).singleElement().satisfies(error ->
                assertThat(error.message()).contains("empty.csv").contains("empty"));
    }

    @Test
    void aMillionRowPreviewHoldsOneIndexPerRowAndReadsCellsOnDemand() {
        int rows = 1_000_000;
        float[] amounts = new float[rows];
        int[] codes = new int[rows];
        for (int row = 0; row < rows; row++) {
            amounts[row] = row;
            codes[row] = row % 2;
        }
        Dataset big = new Dataset(DataSource.inMemory("big.csv"), List.of(new NumericColumn("amount", ColumnType.INTEGER,
                amounts), new CategoricalColumn("device", ColumnType.CATEGORICAL, codes, List.of("mobile", "desktop"))),
                Map.of());
        DataStepViewModel data = new DataStepViewModel(workbench.context, SampleData.none());

        workbench.session.dataProperty().set(new LoadedDataset(big, new QualityReport(rows, List.of(), 0, List.of(), 0,
                List.of(), List.of())));

        assertThat(data.rowsProperty().get()).hasSize(rows);
        assertThat(data.rowsProperty().get().get(rows - 1)).isEqualTo(rows - 1);
        assertThat(data.cell(rows - 1, 0)).isEqualTo("999999");
        assertThat(data.cell(rows - 1, 1)).isEqualTo("desktop");
    }

    @Test
    void aRoleChangeFinishingWhileTheFileIsReadAgainDoesNotStopTheReading() throws Exception {
        DeferredTaskExecutor tasks = new DeferredTaskExecutor();
        try (TestWorkbench deferred = new TestWorkbench(tasks)) {
            Path sample = TestWorkbench.sampleCsv(folder, "customers.csv", 100);
            DataStepViewModel data = new DataStepViewModel(deferred.context, monitor -> Optional.of(sample));
            tasks.runAll();
            data.columns().changeRole(item(data, "age"), ColumnRole.IGNORE);
            data.options().encodingProperty().set(data.options().encodings().get(1));

            tasks.runNext();
            assertThat(deferred.data().dataset().role("age")).isEqualTo(ColumnRole.IGNORE);
            assertThat(data.loadingProperty().get()).as("still reading with the new encoding").isTrue();
            tasks.runAll();

            assertThat(data.loadingProperty().get()).isFalse();
            assertThat(deferred.session.readOptionsProperty().get().encoding()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(deferred.data().dataset().role("age")).as("the change made during the reading stays")
                    .isEqualTo(ColumnRole.IGNORE);
        }
    }

    @Test
    void everyKindOfWarningHasANameInBothLanguages() {
        DataStepViewModel data = new DataStepViewModel(workbench.context, SampleData.none());
        for (QualityWarning.Kind kind : QualityWarning.Kind.values()) {
            QualityWarning warning = new QualityWarning(kind, null, "");
            workbench.language.switchTo(Locale.ENGLISH);
            assertThat(data.quality().kindLabel(warning)).as(kind.name()).isNotBlank();
            workbench.language.switchTo(Locale.SIMPLIFIED_CHINESE);
            assertThat(data.quality().kindLabel(warning)).as(kind.name()).containsPattern("\\p{IsHan}");
        }
    }

    private static ColumnItem item(DataStepViewModel data, String name) {
        return data.columns().items().stream().filter(item -> item.name().equals(name)).findFirst().orElseThrow();
    }
}
