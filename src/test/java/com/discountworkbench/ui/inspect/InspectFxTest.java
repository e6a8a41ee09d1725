package com.discountworkbench.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.testing.TrainedSample;
import com.discountworkbench.ui.TestWindow;
import com.discountworkbench.ui.WorkbenchScreens;
import com.discountworkbench.ui.WorkbenchWindow;
import com.discountworkbench.ui.data.SampleData;
import com.discountworkbench.ui.main.PipelineStep;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Inspect screen in the real window, headless: scoring fills the table, a selection draws the curve. */
@ExtendWith(ApplicationExtension.class)
class InspectFxTest {
    private final TestWindow testWindow = new TestWindow();
    private final TrainedSample tiny = TrainedSample.get();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = testWindow.open(stage, WorkbenchScreens.create(SampleData.none()));
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void withoutAModelTheScreenSaysWhatItNeeds(FxRobot robot) {
        robot.clickOn("#nav-inspect");

        assertThat(shown(robot.lookup("Nothing to inspect yet").query())).isTrue();
        assertThat(robot.lookup("#inspect-score").queryButton().isDisabled()).isTrue();
        assertThat(shown(robot.lookup("#inspect-table").query())).isFalse();
    }

    @Test
    void scoringFillsTheTableAndASelectedCustomerGetsACurve(FxRobot robot) throws Exception {
        robot.interact(() -> {
            window.context().session().dataProperty().set(tiny.loaded());
            window.context().session().modelProperty().set(tiny.model());
        });
        robot.clickOn("#nav-inspect");
        TableView<Integer> table = robot.lookup("#inspect-table").queryTableView();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == TrainedSample.ROWS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(table)).isTrue();
        assertThat(robot.lookup("#inspect-status").queryLabeled().getText())
                .isEqualTo("2,000 customers scored at 7 discount levels.");
        assertThat(window.context().pipeline().state(PipelineStep.INSPECT).name()).isEqualTo("DONE");

        // Cells appear with the table's next layout pass.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("C000003").tryQuery().isPresent());
        robot.clickOn("C000003");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> points(robot.lookup("#inspect-curve-probability")
                .query()) == 31);
        assertThat(robot.lookup("#inspect-curve-summary").queryLabeled().getText())
                .startsWith("Customer C000003: recommended ");

        robot.clickOn("#inspect-search").write("C00019");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> table.getItems().size() == 10);
        assertThat(robot.lookup("#inspect-shown").queryLabeled().getText()).isEqualTo("10 of 2,000 customers");
    }

    /** Visible itself and inside visible parents. */
    private static boolean shown(Node node) {
        for (Node current = node; current != null; current = current.getParent()) {
            if (!current.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }

    @SuppressWarnings("unchecked")
    private static int points(Node chart) {
        XYChart.Series<Number, Number> curve = ((LineChart<Number, Number>) chart).getData().isEmpty() ? null
                : ((LineChart<Number, Number>) chart).getData().get(0);
        return curve == null ? 0 : curve.getData().size();
    }
}
