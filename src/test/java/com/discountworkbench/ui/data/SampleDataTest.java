package com.discountworkbench.ui.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.sample.SampleDataGenerator;
import com.discountworkbench.task.TaskMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataTest {
    @TempDir
    Path folder;

    @Test
    void theBundledFileIsFoundInTheWorkingDirectoryOrBesideTheJarsFolder() throws Exception {
        Path project = Files.createDirectories(folder.resolve("workbench"));
        Path sample = Files.createDirectories(project.resolve(SampleData.FOLDER)).resolve(SampleData.FILE);
        Files.writeString(sample, "customer_id\nC1\n");
        Path jar = Files.createDirectories(project.resolve("target")).resolve("discount-workbench.jar");
        Path elsewhere = Files.createDirectories(folder.resolve("elsewhere"));

        assertThat(SampleData.find(project, Optional.empty())).contains(sample);
        assertThat(SampleData.find(elsewhere, Optional.of(jar))).contains(sample);
        assertThat(SampleData.find(elsewhere, Optional.of(project.resolve("target").resolve("classes"))))
                .as("classes folder while developing").contains(sample);
        assertThat(SampleData.find(elsewhere, Optional.empty())).isEmpty();
    }

    @Test
    void withoutTheBundledFileTheSameRowsAreGenerated() throws Exception {
        Path generated = SampleData.generate(TaskMonitor.NONE);

        assertThat(generated.getFileName().toString()).isEqualTo(SampleData.FILE);
        assertThat(Files.readAllLines(generated)).hasSize(SampleDataGenerator.DEFAULT_ROWS + 1)
                .first().asString().startsWith("customer_id,age,");
        Path bundled = Path.of(SampleData.FOLDER, SampleData.FILE);
        if (Files.isRegularFile(bundled)) {
            assertThat(Files.mismatch(generated, bundled)).as("byte for byte the bundled file").isEqualTo(-1);
        }
    }
}
