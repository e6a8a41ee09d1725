package com.discountworkbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.discountworkbench.data.ColumnType;
import com.discountworkbench.data.DataSource;
import com.discountworkbench.data.Dataset;
import com.discountworkbench.data.LoadedDataset;
import com.discountworkbench.data.NumericColumn;
import com.discountworkbench.data.QualityReport;
import com.discountworkbench.ui.prepare.PrepRow;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window with the bundled sample, headless: the sample fills the Data step, Prepare shows its features. */
@ExtendWith(ApplicationExtension.class)
class DataAndPrepareFxTest {
    /** Reading 20,000 rows on a busy two-core machine can take a while. */
    private static final int LOAD_SECONDS = 90;

    private final TestWindow testWindow = new TestWindow();
    private WorkbenchWindow window;

    @Start
    void start(Stage stage) {
        window = testWindow.open(stage, WorkbenchScreens.create());
    }

    @AfterEach
    void close() throws Exception {
        testWindow.close();
    }

    @Test
    void theSampleFillsThePreviewAndPrepareShowsItsFeatures(FxRobot robot) throws Exception {
        TableView<Integer> preview = robot.lookup("#data-preview").queryTableView();
        WaitForAsyncUtils.waitFor(LOAD_SECONDS, TimeUnit.SECONDS, () -> preview.getItems().size() == 20_000);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#data-file-name").queryLabeled().getText()).isEqualTo("customers.csv");
        assertThat(preview.getColumns()).hasSize(17);
        assertThat(cellTexts(robot, "#data-preview")).contains("C000001", "C000002", "mobile");

        robot.clickOn("#nav-prepare");
        Labeled summary = robot.lookup("#prepare-feature-summary").queryLabeled();
        WaitForAsyncUtils.waitFor(LOAD_SECONDS, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(summary.getText()).matches("\\d+ features from 12 columns · fitted on 5,000 of 20,000 rows");
        TableView<Integer> features = robot.lookup("#prepare-preview").queryTableView();
        assertThat(features.getItems()).hasSize(100);
        assertThat(features.getColumns()).extracting(column -> column.getText()).contains("device=mobile");
        assertThat(robot.lookup("#prepare-problem").query().isVisible()).isFalse();
        TableCell<?, ?> idScaling = specCell(robot, "customer_id", "Scaling");
        TableCell<?, ?> ageScaling = specCell(robot, "age", "Scaling");
        assertThat(idScaling.isDisabled()).as("an identifier is not scaled").isTrue();
        assertThat(ageScaling.isDisabled()).isFalse();
        assertThat(ageScaling.getText()).isEqualTo("Standard");
    }

    @Test
    void aMillionRowPreviewScrollsToItsLastRow(FxRobot robot) throws Exception {
        TableView<Integer> preview = robot.lookup("#data-preview").queryTableView();
        WaitForAsyncUtils.waitFor(LOAD_SECONDS, TimeUnit.SECONDS, () -> preview.getItems().size() == 20_000);
        int rows = 1_000_000;
        float[] amounts = new float[rows];
        for (int row = 0; row < rows; row++) {
            amounts[row] = row % 997;
        }
        Dataset big = new Dataset(DataSource.inMemory("big.csv"),
                List.of(new NumericColumn("amount", ColumnType.INTEGER, amounts)), Map.of());

        robot.interact(() -> window.context().session().dataProperty().set(new LoadedDataset(big,
                new QualityReport(rows, List.of(), 0, List.of(), 0, List.of(), List.of()))));
        robot.interact(() -> preview.scrollTo(rows - 1));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(preview.getItems()).hasSize(rows);
        assertThat(cellTexts(robot, "#data-preview")).as("row numbers of the last rows").contains("999999", "1000000");
    }

    private static List<String> cellTexts(FxRobot robot, String table) {
        return robot.lookup(table + " .table-cell").queryAllAs(TableCell.class).stream()
                .filter(Node::isVisible).map(TableCell::getText).filter(text -> text != null).toList();
    }

    private static TableCell<?, ?> specCell(FxRobot robot, String column, String header) {
        return robot.lookup("#prepare-spec .table-cell").queryAllAs(TableCell.class).stream()
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() instanceof PrepRow row
                        && row.column().equals(column) && cell.getTableColumn().getText().equals(header))
                .findFirst().orElseThrow();
    }
}
