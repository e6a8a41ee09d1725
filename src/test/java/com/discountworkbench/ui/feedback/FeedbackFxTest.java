package com.discountworkbench.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.ui.WorkbenchScreens;
import com.discountworkbench.ui.WorkbenchWindow;
import com.discountworkbench.ui.common.TestSettings;
import com.discountworkbench.ui.data.SampleData;
import com.discountworkbench.ui.main.PipelineStep;
import com.discountworkbench.ui.main.StepScreens;
import com.discountworkbench.testing.TrainedSample;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;
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
 * The Feedback screen in the real window, headless. The file chooser is native, so the outcomes file is handed to
 * the screen's view model directly; everything after that goes through the window.
 */
@ExtendWith(ApplicationExtension.class)
class FeedbackFxTest {
    private final TestSettings settings = new TestSettings();
    private final TrainedSample tiny = TrainedSample.get();
    private final AtomicReference<FeedbackViewModel> feedback = new AtomicReference<>();
    private WorkbenchWindow window;

    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        settings.settings().setLanguage(Locale.ENGLISH);
        StepScreens screens = WorkbenchScreens.create(SampleData.none()).register(PipelineStep.FEEDBACK, context -> {
            FeedbackViewModel viewModel = new FeedbackViewModel(context.session(), context.pipeline(),
                    context.tasks(), context.dialogs(), context.language());
            feedback.set(viewModel);
            return localization -> new FeedbackView(viewModel, localization);
        });
        window = new WorkbenchWindow(stage, settings.settings(), screens);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        window.context().tasks().shutdown();
        settings.close();
    }

    @Test
    void importedOutcomesFillTheTablesAndCharts(FxRobot robot) throws Exception {
        Path outcomes = CampaignFiles.write(tiny.data(), CampaignFiles.cyclingPolicy(500),
                folder.resolve("outcomes.csv"));
        robot.interact(() -> {
            window.context().session().dataProperty().set(tiny.loaded());
            window.context().session().modelProperty().set(tiny.model());
        });
        robot.clickOn("#nav-feedback");
        assertThat(robot.lookup("No campaign outcomes yet").tryQuery()).isPresent();
        assertThat(robot.lookup("#feedback-write").queryButton().isDisabled()).isTrue();

        robot.interact(() -> feedback.get().importOutcomes(outcomes));

        TableView<?> deciles = robot.lookup("#feedback-deciles").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> deciles.getItems().size() == 10);
        // The rows appear in the middle of the FX event that delivers the report; let it finish.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#feedback-groups").queryTableView().getItems()).hasSize(3);
        assertThat(robot.lookup("#feedback-summary").queryLabeled().getText())
                .startsWith("500 of 500 outcomes matched to customers.");
        assertThat(robot.lookup("#feedback-file").queryLabeled().getText()).isEqualTo("outcomes.csv");
        BarChart<?, ?> conversion = robot.lookup("#feedback-conversion").query();
        assertThat(conversion.getData()).hasSize(2);
        assertThat(conversion.getData().get(1).getData()).hasSize(10);
        assertThat(robot.lookup("#feedback-write").queryButton().isDisabled()).isFalse();
        assertThat(window.context().pipeline().state(PipelineStep.FEEDBACK).name()).isEqualTo("DONE");
    }
}
