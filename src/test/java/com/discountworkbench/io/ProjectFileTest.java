package com.discountworkbench.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.discountworkbench.data.ColumnRole;
import com.discountworkbench.data.CsvOptions;
import com.discountworkbench.data.DataException;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.csv.CsvDatasetReader;
import com.discountworkbench.model.DiscountModel;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.prep.PrepSpec;
import com.discountworkbench.prep.Scaling;
import com.discountworkbench.sample.SampleCsv;
import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectFileTest {
    @TempDir
    Path folder;

    private Path csv;
    private Dataset data;

    @BeforeEach
    void readData() {
        csv = folder.resolve("customers.csv");
        SampleCsv.writeAtomically(csv, SampleDataGenerator.stream(200, 1), 200, TaskMonitor.NONE);
        data = CsvDatasetReader.read(csv, CsvOptions.detect(), TaskMonitor.NONE).dataset();
    }

    @Test
    void savesAndReopensTheWholeWorkbenchState() {
        Path project = folder.resolve("spring.dwb");
        CsvOptions options = new CsvOptions(StandardCharsets.UTF_8, ',', null, Map.of());
        PrepSpec spec = PrepSpec.defaults(data);
        spec = spec.withColumn("age", spec.columns().get("age").withScaling(Scaling.ROBUST));
        TrainingPlan plan = TrainingPlan.defaults().withPreprocessing(spec).withNetworks(NetworkSpec.deep(),
                NetworkSpec.small()).withSeed(9);
        Map<String, ColumnRole> roles = data.withRoles(Map.of("age", ColumnRole.IGNORE)).roles();
        DiscountModel model = ProjectFixtures.model(data);
        WorkbenchProject saved = new WorkbenchProject(DataReference.of(data.source(), options, project), roles, plan,
                model, List.of(ProjectFixtures.scenario("free"), ProjectFixtures.scenario("capped")),
                List.of("DATA", "PREPARE", "TRAIN"));

        ProjectFile.write(project, saved);
        WorkbenchProject read = ProjectFile.read(project, ProjectFixtures.NETWORKS);

        assertThat(read.data()).isEqualTo(saved.data());
        assertThat(read.data().file()).isEqualTo(csv.toAbsolutePath().toString());
        assertThat(read.data().relativeFile()).isEqualTo("customers.csv");
        assertThat(read.data().sha256()).isEqualTo(data.source().sha256()).hasSize(64);
        assertThat(read.data().readOptions(roles)).isEqualTo(new CsvOptions(StandardCharsets.UTF_8, ',', null, roles));
        assertThat(read.roles()).containsExactlyEntriesOf(roles);
        assertThat(read.plan()).isEqualTo(plan);
        assertThat(read.scenarios()).isEqualTo(saved.scenarios());
        assertThat(read.completedSteps()).containsExactly("DATA", "PREPARE", "TRAIN");
        DiscountModel reopened = read.model();
        assertThat(reopened.purchase()).isEqualTo(new ProjectFixtures.NamedNetwork("purchase"));
        assertThat(reopened.value()).contains(new ProjectFixtures.NamedNetwork("value"));
        assertThat(reopened.fallbackSpend()).isEqualTo(42.5);
        assertThat(reopened.preprocessing().toJson()).isEqualTo(model.preprocessing().toJson());
        assertThat(reopened.provenance()).isEqualTo(model.provenance());
    }

    @Test
    void aProjectWithoutDataOrModelKeepsItsPlan() {
        Path project = folder.resolve("empty.dwb");
        TrainingPlan plan = TrainingPlan.defaults().withSeed(3);

        ProjectFile.write(project, new WorkbenchProject(null, null, plan, null, null, null));
        WorkbenchProject read = ProjectFile.read(project, ProjectFixtures.NETWORKS);

        assertThat(read.data()).isNull();
        assertThat(read.model()).isNull();
        assertThat(read.plan()).isEqualTo(plan);
        assertThat(read.roles()).isEmpty();
        assertThat(read.scenarios()).isEmpty();
    }

    @Test
    void tellsWhetherTheDataFileIsUnchangedChangedOrMissing() throws Exception {
        Path project = folder.resolve("spring.dwb");
        DataReference reference = DataReference.of(data.source(), CsvOptions.detect(), project);

        assertThat(reference.check(project)).isEqualTo(new DataReference.Check(DataReference.Status.UNCHANGED, csv));

        Files.writeString(csv, "\n", StandardOpenOption.APPEND);
        assertThat(reference.check(project).status()).isEqualTo(DataReference.Status.CHANGED);

        Files.delete(csv);
        assertThat(reference.check(project)).isEqualTo(new DataReference.Check(DataReference.Status.MISSING,
                csv.toAbsolutePath()));
    }

    @Test
    void findsTheDataBesideAProjectMovedWithIt() throws Exception {
        Path project = folder.resolve("spring.dwb");
        DataReference reference = DataReference.of(data.source(), CsvOptions.detect(), project);
        Path moved = Files.createDirectories(folder.resolve("elsewhere"));
        Files.move(csv, moved.resolve("customers.csv"));

        DataReference.Check check = reference.check(moved.resolve("spring.dwb"));

        assertThat(check.status()).isEqualTo(DataReference.Status.UNCHANGED);
        assertThat(check.file()).isEqualTo(moved.resolve("customers.csv").toAbsolutePath());
    }

    @Test
    void refusesFilesThatAreNotProjects() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.dwb"), "not a zip");
        Path modelOnly = folder.resolve("model.dwb");
        ModelFile.write(modelOnly, ProjectFixtures.model(data));

        assertThatThrownBy(() -> ProjectFile.read(text, ProjectFixtures.NETWORKS)).isInstanceOf(DataException.class)
                .hasMessageContaining("notes.dwb").hasMessageContaining("not a Discount Workbench project");
        assertThatThrownBy(() -> ProjectFile.read(modelOnly, ProjectFixtures.NETWORKS))
                .hasMessageContaining("not a Discount Workbench project");
        assertThatThrownBy(() -> ProjectFile.read(folder.resolve("gone.dwb"), ProjectFixtures.NETWORKS))
                .isInstanceOf(DataException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aFailedSaveLeavesNoFileBehind() {
        Path project = folder.resolve("no-such-folder").resolve("spring.dwb");

        assertThatThrownBy(() -> ProjectFile.write(project, new WorkbenchProject(null, null, null, null, null, null)))
                .isInstanceOf(DataException.class).hasMessageContaining("Could not save the project");
        assertThat(Files.exists(project)).isFalse();
    }

    @Test
    void theEmbeddedModelIsAModelFileOfItsOwn() throws Exception {
        DiscountModel model = ProjectFixtures.model(data);
        Path file = folder.resolve("model" + ModelFile.EXTENSION);
        Files.write(file, ModelFile.toBytes(model));

        DiscountModel read = ModelFile.read(file, ProjectFixtures.NETWORKS);

        assertThat(read.purchase()).isEqualTo(model.purchase());
        assertThat(read.preprocessing().toJson()).isEqualTo(model.preprocessing().toJson());
    }
}
