package com.discountworkbench.ui.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.model.NetworkSpec;
import com.discountworkbench.model.TrainingPlan;
import com.discountworkbench.ui.TestWindow;
import com.discountworkbench.ui.WorkbenchScreens;
import com.discountworkbench.ui.WorkbenchWindow;
import com.discountworkbench.ui.session.SessionFixture;
import com.discountworkbench.ui.session.WorkbenchSession;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Network and Train screens in the real window, headless: edits show inline, a short run fills the charts. */
@ExtendWith(ApplicationExtension.class)
class NetworkAndTrainFxTest {
    @TempDir
    static Path folder;
    private static LoadedDataset data;

    private final TestWindow testWindow = new TestWindow();
    private WorkbenchWindow window;

    @BeforeAll
    static void generateData() {
        data = SessionFixture.sampleData(folder, 800);
    }

    @Start
    void start(Stage stage) {
        window = testWindow.open(stage, WorkbenchScreens.create());
        WorkbenchSession session = window.context().session();
        NetworkSpec network = NetworkSpec.small().withEpochs(2, 0);
        session.planProperty().set(TrainingPlan.defaults().withNetworks(network, network.forValueModel()));
        session.dataProperty().set(data);
        // The engine loads on its own when training starts; the warm-up only makes the first run faster.
        session.engineReadyProperty().set(true);
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void networkEditsShowTheirProblemInline(FxRobot robot) throws Exception {
        robot.clickOn("#nav-network");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#network-parameters").queryLabeled().getText().startsWith("Purchase model:"));

        TextField rate = robot.lookup("#purchase-learning-rate").queryAs(TextField.class);
        robot.interact(() -> rate.setText("-1"));

        Labeled error = robot.lookup(".inline-error").match(Node::isVisible).queryLabeled();
        assertThat(error.getText()).startsWith("The learning rate must be above 0");
        assertThat(robot.lookup("#network-continue").queryButton().isDisabled()).isTrue();

        robot.interact(() -> rate.setText("0.02"));
        assertThat(window.context().session().planProperty().get().purchase().learningRate()).isEqualTo(0.02);
        assertThat(robot.lookup("#purchase-layers").queryAs(TableView.class).getItems()).hasSize(1);
        robot.clickOn("#network-continue");
        assertThat(robot.lookup("#step-train").tryQuery()).isPresent();
    }

    @Test
    void aShortTrainingRunDrawsTheLossCurves(FxRobot robot) throws Exception {
        robot.clickOn("#nav-train");
        robot.clickOn("#train-start");

        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.context().session().modelProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        LineChart<?, ?> purchase = robot.lookup("#train-chart-purchase").queryAs(LineChart.class);
        assertThat(purchase.getData()).hasSize(3);
        assertThat(points(purchase, 0)).as("sampled updates").isGreaterThan(2);
        assertThat(points(purchase, 2)).as("validation after each epoch").isEqualTo(2);
        assertThat(points(robot.lookup("#train-chart-value").queryAs(LineChart.class), 2)).isEqualTo(2);
        assertThat(robot.lookup("#train-epochs").queryAs(TableView.class).getItems()).hasSize(4);
        assertThat(robot.lookup("#train-summary").queryAs(GridPane.class).getChildren()).isNotEmpty();
        assertThat(robot.lookup("#train-start").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#train-save").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#train-progress-text").queryLabeled().getText()).isEmpty();
    }

    private static int points(LineChart<?, ?> chart, int series) {
        XYChart.Series<?, ?> data = chart.getData().get(series);
        return data.getData().size();
    }
}
