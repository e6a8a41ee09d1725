package com.discountworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.AppInfo;
import com.discountworkbench.ui.data.SampleData;
import com.discountworkbench.ui.main.MainViewModel;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.task.BackgroundTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.robot.Motion;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless: it opens, navigates, shows jobs, switches language, opens About, takes a file. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchWindowTest {
    private final TestWindow testWindow = new TestWindow();
    private WorkbenchWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        // Without the sample: its reading job would compete with the jobs these tests start and watch.
        window = testWindow.open(stage, WorkbenchScreens.create(SampleData.none()));
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void everyNavigationItemOpensItsStep(FxRobot robot) {
        assertThat(visible(robot, "#step-data")).isTrue();
        for (PipelineStep step : PipelineStep.values()) {
            robot.clickOn("#nav-" + step.id());
            WaitForAsyncUtils.waitForFxEvents();

            assertThat(visible(robot, "#step-" + step.id())).as(step.name()).isTrue();
            assertThat(window.context().pipeline().selectedStepProperty().get()).isEqualTo(step);
        }
        assertThat(robot.lookup(".step-heading").queryLabeled().getText()).isEqualTo("Feedback");

        robot.clickOn("#nav-feedback");
        assertThat(window.context().pipeline().selectedStepProperty().get()).as("a second click keeps the step")
                .isEqualTo(PipelineStep.FEEDBACK);
        assertThat(robot.lookup("#nav-feedback").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theStatusBarShowsARunningJobAndCancelStopsIt(FxRobot robot) throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        robot.interact(() -> window.context().tasks().execute(BackgroundTask.of("Training the purchase model", monitor -> {
            while (true) {
                monitor.progress(0.4, "epoch 3 of 20");
                monitor.checkCancelled();
                Thread.sleep(5);
            }
        }).onCancelled(cancelled::countDown)));

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> statusText(robot).startsWith("Training the purchase model"));
        assertThat(statusText(robot)).isEqualTo("Training the purchase model: epoch 3 of 20");
        assertThat(visible(robot, ".status-progress")).isTrue();

        robot.clickOn("Cancel");

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> statusText(robot).equals("Ready"));
        assertThat(visible(robot, ".status-progress")).isFalse();
    }

    @Test
    void switchingLanguageRelabelsTheWindow(FxRobot robot) throws Exception {
        assertThat(navigationTitle(robot)).isEqualTo("Data");

        // Horizontally first: a diagonal path would cross the View menu's other items and close the submenu.
        robot.clickOn("_View").clickOn("_Language").clickOn("简体中文", Motion.HORIZONTAL_FIRST);

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> navigationTitle(robot).equals("数据"));
        assertThat(statusText(robot)).isEqualTo("就绪");
        assertThat(robot.lookup(".step-heading").queryLabeled().getText()).isEqualTo("数据");
        assertThat(window.context().main().windowTitle().get()).isEqualTo("折扣工作台");
        assertThat(testWindow.settings().language()).contains(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void aboutShowsTheVersion(FxRobot robot) {
        robot.clickOn("_Help").clickOn("_About Discount Workbench");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#about-version").queryLabeled().getText()).isEqualTo("Version " + AppInfo.version());
        robot.clickOn("Close");
    }

    @Test
    void keyboardShortcutsNavigateAndAreListed(FxRobot robot) {
        robot.push(KeyCode.SHORTCUT, KeyCode.DIGIT3);
        assertThat(window.context().pipeline().selectedStepProperty().get()).isEqualTo(PipelineStep.NETWORK);
        assertThat(visible(robot, "#step-network")).isTrue();

        robot.push(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".shortcut-key").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Ctrl+I", "Ctrl+3", "F1");
        assertThat(robot.lookup("Save Project As…").tryQuery()).as("menu text without its mnemonic").isPresent();
        robot.clickOn("Close");
    }

    @Test
    void aDroppedCsvIsShownOnTheDataStep(FxRobot robot) throws Exception {
        Path csv = Files.writeString(folder.resolve("hillstrom.csv"), "recency,history\n10,142.44\n");
        MainViewModel main = window.context().main();
        robot.clickOn("#nav-train");

        robot.interact(() -> assertThat(main.drop(List.of(csv))).isTrue());

        assertThat(visible(robot, "#step-data")).isTrue();
        assertThat(robot.lookup("#data-file-name").queryLabeled().getText()).isEqualTo("hillstrom.csv");
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).tryQuery().map(node -> node.getScene() != null).orElse(false);
    }

    private static String statusText(FxRobot robot) {
        return robot.lookup(".status-text").queryLabeled().getText();
    }

    private static String navigationTitle(FxRobot robot) {
        Node button = robot.lookup("#nav-data").query();
        return robot.from(button).lookup(".navigation-title").<Labeled>query().getText();
    }
}
