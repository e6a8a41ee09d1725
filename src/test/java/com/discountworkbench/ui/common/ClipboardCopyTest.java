package com.discountworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ClipboardCopyTest {
    private record Customer(String id, double probability, String note) {
    }

    private TableView<Customer> table;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        table.getColumns().add(column("id", Customer::id));
        table.getColumns().add(column("p", Customer::probability));
        table.getColumns().add(column("note", Customer::note));
        table.getItems().addAll(new Customer("c1", 0.25, "first"), new Customer("c2", 0.5, "tab\there"),
                new Customer("c3", 0.75, null));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    @Test
    void selectedRowsBecomeTabSeparatedLinesInTableOrder(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().select(2);
            table.getSelectionModel().select(1);

            assertThat(ClipboardCopy.copyFrom(table)).isTrue();
            assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo("c2\t0.5\ttab here\nc3\t0.75\t");
        });
    }

    @Test
    void nothingToCopyWithoutASelectionOrFromOtherNodes(FxRobot robot) {
        robot.interact(() -> {
            assertThat(ClipboardCopy.copyFrom(table)).isFalse();
            assertThat(ClipboardCopy.copyFrom(null)).isFalse();
            assertThat(ClipboardCopy.copyFrom(new TextField("x"))).isTrue();
        });
    }

    private static <T> TableColumn<Customer, T> column(String name, Function<Customer, T> value) {
        TableColumn<Customer, T> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }
}
