package com.discountworkbench.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.common.Styles;
import com.discountworkbench.ui.simulate.SimulateFixture;
import com.discountworkbench.ui.simulate.SimulateScreen;
import com.discountworkbench.ui.task.FxTaskExecutor;
import com.discountworkbench.ui.task.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Export page with the real background executor and scripted file dialogs (a native file chooser cannot be
 * driven headless): clicking Write produces the policy file in the chosen format.
 */
@ExtendWith(ApplicationExtension.class)
class ExportScreenFxTest {
    @TempDir
    Path folder;

    private FxTaskExecutor tasks;
    private SimulateFixture fixture;
    private ScrollPane page;

    @Start
    void start(Stage stage) {
        tasks = new FxTaskExecutor(new JobStatus(), failure -> { }, 2);
        fixture = new SimulateFixture(tasks).withTrainedModel();
        // The Simulate screen publishes the policy; only the Export page is shown.
        new SimulateScreen(fixture.context);
        page = (ScrollPane) new ExportScreen(fixture.context).createView(fixture.language.get()).root();
        Scene scene = new Scene(page, 1000, 760);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        tasks.shutdown();
        fixture.close();
    }

    @Test
    void writeProducesThePolicyFile(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> fixture.session.policyProperty().get() != null);
        Path target = folder.resolve("policy.tsv");
        fixture.dialogs.answerFile(target);
        robot.interact(() -> robot.lookup("#export-delimiter").queryAs(ComboBox.class)
                .getSelectionModel().select(CsvLayout.Delimiter.TAB));
        robot.interact(() -> page.setVvalue(1));
        Button write = robot.lookup("#export-write").queryButton();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !write.isDisabled());

        robot.clickOn(write);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#export-outcome").queryLabeled()
                .getText().startsWith("Wrote policy.tsv"));
        assertThat(Files.readAllLines(target).get(0)).startsWith("customer_id\trecommended_discount\t");
        assertThat(folder.resolve("policy.manifest.json")).exists();
    }
}
