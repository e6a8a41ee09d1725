package com.discountworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.task.BackgroundTask;
import com.discountworkbench.ui.task.CurrentThreadTaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainViewModelTest {
    private final ViewModelFixture fixture = new ViewModelFixture();
    private final MainViewModel main = fixture.main;

    @TempDir
    Path folder;

    @AfterEach
    void close() throws Exception {
        fixture.close();
    }

    @Test
    void importingACsvRequestsItShowsTheDataStepAndRemembersIt() throws IOException {
        Path csv = Files.writeString(folder.resolve("customers.csv"), "id,bought\n1,0\n");
        fixture.dialogs.answerFile(csv);
        fixture.pipeline.select(PipelineStep.TRAIN);

        main.importCsv();

        assertThat(main.requestedDataFileProperty().get()).isEqualTo(csv);
        assertThat(fixture.pipeline.selectedStepProperty().get()).isEqualTo(PipelineStep.DATA);
        assertThat(main.recentFiles()).containsExactly(csv.toAbsolutePath());
        assertThat(fixture.settings.settings().recentFiles()).containsExactly(csv.toAbsolutePath());
        assertThat(fixture.dialogs.fileFilters().get(0).get(0).extensions()).contains("csv");
    }

    @Test
    void requestingTheSameFileAgainFiresAgain() throws IOException {
        Path csv = Files.writeString(folder.resolve("customers.csv"), "id\n1\n");
        List<Path> seen = new ArrayList<>();
        main.requestedDataFileProperty().addListener((property, old, file) -> {
            if (file != null) {
                seen.add(file);
            }
        });

        main.requestDataFile(csv);
        main.requestDataFile(csv);

        assertThat(seen).containsExactly(csv, csv);
    }

    @Test
    void dropAcceptsOnlyDataFiles() throws IOException {
        Path picture = Files.writeString(folder.resolve("photo.png"), "x");
        Path csv = Files.writeString(folder.resolve("Shoppers.CSV"), "id\n1\n");

        assertThat(main.acceptsDrop(List.of(picture))).isFalse();
        assertThat(main.drop(List.of(picture))).isFalse();
        assertThat(main.requestedDataFileProperty().get()).isNull();

        assertThat(main.acceptsDrop(List.of(picture, csv))).isTrue();
        assertThat(main.drop(List.of(picture, csv))).isTrue();
        assertThat(main.requestedDataFileProperty().get()).isEqualTo(csv);
    }

    @Test
    void aRecentFileThatDisappearedIsReportedAndForgotten() throws IOException {
        Path csv = Files.writeString(folder.resolve("old.csv"), "id\n1\n");
        main.requestDataFile(csv);
        Files.delete(csv);

        main.openRecent(csv.toAbsolutePath());

        assertThat(fixture.dialogs.errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("old.csv").contains("cannot be found"));
        assertThat(main.recentFiles()).isEmpty();
    }

    @Test
    void recentProjectsOpenAsProjectsAndNameTheWindow() throws IOException {
        Path project = Files.writeString(folder.resolve("spring.dwb"), "{}");
        String title = main.windowTitle().get();

        main.openRecent(project);

        assertThat(main.requestedProjectFileProperty().get()).isEqualTo(project);
        assertThat(main.requestedDataFileProperty().get()).isNull();
        assertThat(title).isEqualTo("Discount Workbench");
        assertThat(main.windowTitle().get()).isEqualTo("spring.dwb — Discount Workbench");
    }

    @Test
    void saveAsAsksWhereThenSaveReusesThatFile() {
        Path target = folder.resolve("campaign.dwb");
        fixture.pipeline.markDone(PipelineStep.DATA);
        assertThat(main.canSave().get()).isTrue();
        fixture.dialogs.answerFile(target);

        main.saveProject();
        main.saveProject();

        assertThat(fixture.dialogs.shown()).filteredOn(dialog -> dialog.kind().equals("save")).hasSize(1);
        assertThat(main.requestedProjectSaveProperty().get()).isEqualTo(target);
        assertThat(main.projectFileProperty().get()).isEqualTo(target);
    }

    @Test
    void newProjectAsksBeforeDiscardingWork() throws IOException {
        main.requestDataFile(Files.writeString(folder.resolve("a.csv"), "id\n1\n"));
        fixture.pipeline.markDone(PipelineStep.DATA);

        fixture.dialogs.answerConfirm(false);
        main.newProject();
        assertThat(fixture.pipeline.state(PipelineStep.DATA)).isEqualTo(StepState.DONE);

        fixture.dialogs.answerConfirm(true);
        main.newProject();
        assertThat(fixture.pipeline.state(PipelineStep.DATA)).isEqualTo(StepState.READY);
        assertThat(main.requestedDataFileProperty().get()).isNull();
    }

    @Test
    void exportIsReachableOnlyAfterSimulation() {
        assertThat(main.canExport().get()).isFalse();
        for (PipelineStep step : new PipelineStep[] {PipelineStep.DATA, PipelineStep.PREPARE, PipelineStep.NETWORK,
                PipelineStep.TRAIN, PipelineStep.SIMULATE}) {
            fixture.pipeline.markDone(step);
        }
        assertThat(main.canExport().get()).isTrue();

        main.goToExport();
        assertThat(fixture.pipeline.selectedStepProperty().get()).isEqualTo(PipelineStep.EXPORT);
    }

    @Test
    void switchingLanguageIsRememberedAndRetitlesTheWindow() {
        main.switchLanguage(Locale.SIMPLIFIED_CHINESE);

        assertThat(fixture.language.get().isChinese()).isTrue();
        assertThat(fixture.settings.settings().language()).contains(Locale.SIMPLIFIED_CHINESE);
        assertThat(main.windowTitle().get()).isEqualTo("折扣工作台");
    }

    @Test
    void quittingDuringAJobAsksAndCancelsIt() {
        AtomicBoolean cancelledSeen = new AtomicBoolean();
        CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor(fixture.jobs, failure -> { });
        executor.execute(BackgroundTask.of("Training", monitor -> {
            // The job is running: the window is asked to close from inside it, as an event would.
            fixture.dialogs.answerConfirm(false);
            assertThat(main.prepareToQuit()).isFalse();
            assertThat(monitor.isCancelled()).isFalse();

            fixture.dialogs.answerConfirm(true);
            assertThat(main.prepareToQuit()).isTrue();
            cancelledSeen.set(monitor.isCancelled());
            return null;
        }));

        assertThat(cancelledSeen).isTrue();
        assertThat(main.prepareToQuit()).as("no job, no question").isTrue();
        assertThat(fixture.dialogs.shown()).hasSize(2);
    }
}
