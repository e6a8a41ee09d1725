package com.discountworkbench.ui.project;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.io.ProjectFixtures;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.task.TaskMonitor;
import com.discountworkbench.ui.TestWorkbench;
import com.discountworkbench.ui.data.DataLoading;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepState;
import com.discountworkbench.ui.prepare.SessionPublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectViewModelTest {
    private final TestWorkbench workbench = new TestWorkbench();
    private final ProjectViewModel projects = new ProjectViewModel(workbench.context, () -> ProjectFixtures.NETWORKS);
    private final SessionPublisher publisher = new SessionPublisher(workbench.context);

    @TempDir
    Path folder;

    private Path csv;
    private Path project;

    @BeforeEach
    void workOnTheSample() {
        csv = TestWorkbench.sampleCsv(folder, "customers.csv", 300);
        CsvOptions options = new CsvOptions(StandardCharsets.UTF_8, null, null, Map.of());
        DataLoading loading = DataLoading.read(csv, options, Map.of(), TaskMonitor.NONE);
        publisher.publishData(loading.loaded(), loading.options(), loading.spec());
        publisher.changeRole("age", ColumnRole.IGNORE);
        PrepSpec spec = workbench.session.planProperty().get().preprocessing();
        publisher.publishSpec(spec.withColumn("sessions_30d", spec.columns().get("sessions_30d")
                .withScaling(Scaling.ROBUST)));
        workbench.session.planProperty().set(workbench.session.planProperty().get()
                .withNetworks(NetworkSpec.deep(), NetworkSpec.small()));
        workbench.pipeline.markDone(PipelineStep.NETWORK);
        workbench.session.modelProperty().set(ProjectFixtures.model(workbench.data().dataset()));
        workbench.pipeline.markDone(PipelineStep.TRAIN);
        workbench.session.scenarios().add(ProjectFixtures.scenario("spring"));
        project = folder.resolve("spring.dwb");
        workbench.dialogs.answerFile(project);
        workbench.main.saveProjectAs();
    }

    @AfterEach
    void close() throws Exception {
        workbench.close();
    }

    @Test
    void aSavedProjectReopensWithEverythingItHad() {
        var plan = workbench.session.planProperty().get();
        var roles = workbench.data().dataset().roles();
        assertThat(project).isRegularFile();

        workbench.dialogs.answerConfirm(true);
        workbench.main.newProject();
        assertThat(workbench.data()).as("a new project starts empty").isNull();
        assertThat(workbench.session.modelProperty().get()).isNull();
        assertThat(workbench.session.scenarios()).isEmpty();

        workbench.main.openProjectFile(project);

        assertThat(workbench.data().dataset().source().file()).isEqualTo(csv);
        assertThat(workbench.data().dataset().roles()).containsExactlyEntriesOf(roles);
        assertThat(workbench.session.readOptionsProperty().get().encoding()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(workbench.session.planProperty().get()).isEqualTo(plan);
        assertThat(workbench.session.modelProperty().get().purchase())
                .isEqualTo(new ProjectFixtures.NamedNetwork("purchase"));
        assertThat(workbench.session.scenarios()).extracting(scenario -> scenario.name()).containsExactly("spring");
        for (PipelineStep step : new PipelineStep[] {PipelineStep.DATA, PipelineStep.PREPARE, PipelineStep.NETWORK,
                PipelineStep.TRAIN}) {
            assertThat(workbench.pipeline.state(step)).as(step.name()).isEqualTo(StepState.DONE);
        }
        assertThat(workbench.pipeline.state(PipelineStep.SIMULATE)).isEqualTo(StepState.READY);
        assertThat(workbench.dialogs.shown()).extracting(shown -> shown.kind()).doesNotContain("information", "error");
    }

    @Test
    void aChangedDataFileIsReadAgainWithAWarningAndTheModelsGoStale() throws Exception {
        Files.writeString(csv, "C999999,40,2,mobile,1,2,0,0,0.00,20,0,Home,0.400,0.10,0,0.00\n",
                StandardOpenOption.APPEND);

        workbench.main.openProjectFile(project);

        assertThat(workbench.data().dataset().rowCount()).isEqualTo(301);
        assertThat(workbench.data().dataset().role("age")).isEqualTo(ColumnRole.IGNORE);
        assertThat(workbench.dialogs.shown()).filteredOn(shown -> shown.kind().equals("information")).singleElement()
                .satisfies(shown -> {
                    assertThat(shown.title()).isEqualTo("The data file has changed");
                    assertThat(shown.message()).startsWith(csv.toString()).contains("out of date");
                });
        assertThat(workbench.pipeline.state(PipelineStep.DATA)).isEqualTo(StepState.DONE);
        assertThat(workbench.pipeline.state(PipelineStep.TRAIN)).isEqualTo(StepState.STALE);
        assertThat(workbench.session.modelProperty().get()).isNotNull();
    }

    @Test
    void aMissingDataFileIsReportedAndTheRestIsRestored() throws Exception {
        var plan = workbench.session.planProperty().get();
        Files.delete(csv);

        workbench.main.openProjectFile(project);

        assertThat(workbench.data()).isNull();
        assertThat(workbench.session.planProperty().get()).isEqualTo(plan);
        assertThat(workbench.session.modelProperty().get()).isNotNull();
        assertThat(workbench.session.scenarios()).hasSize(1);
        assertThat(workbench.dialogs.shown()).filteredOn(shown -> shown.kind().equals("information")).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains(csv.toString()).contains("cannot be found"));
        assertThat(workbench.pipeline.state(PipelineStep.DATA)).isEqualTo(StepState.READY);
    }

    @Test
    void saveWritesToTheProjectFileAgain() throws Exception {
        long before = Files.size(project);
        workbench.session.scenarios().add(ProjectFixtures.scenario("summer"));

        workbench.main.saveProject();

        assertThat(Files.size(project)).isGreaterThan(before);
        assertThat(workbench.main.projectFileProperty().get()).isEqualTo(project);
    }
}
