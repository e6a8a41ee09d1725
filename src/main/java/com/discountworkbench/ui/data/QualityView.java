package com.discountworkbench.ui.data;

import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.RejectedRow;
import com.discountworkbench.data.RoleGuess;
import com.discountworkbench.ui.common.ColumnLabels;
import com.discountworkbench.ui.common.ViewLoader;
import com.discountworkbench.ui.i18n.Localization;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/** The quality report: summary, warnings, rejected lines with their reasons, and why each column got its role. */
final class QualityView {
    private final QualityViewModel viewModel;
    private final Localization localization;
    private final Parent root;

    @FXML private Label summary;
    @FXML private ListView<QualityWarning> warnings;
    @FXML private TableView<RejectedRow> rejected;
    @FXML private TableColumn<RejectedRow, String> lineColumn;
    @FXML private TableColumn<RejectedRow, String> reasonColumn;
    @FXML private TableView<RoleGuess> guesses;
    @FXML private TableColumn<RoleGuess, String> guessColumn;
    @FXML private TableColumn<RoleGuess, String> guessRoleColumn;
    @FXML private TableColumn<RoleGuess, String> guessReasonColumn;

    QualityView(QualityViewModel viewModel, Localization localization) {
        this.viewModel = viewModel;
        this.localization = localization;
        this.root = ViewLoader.load(this, localization.bundle());
    }

    @FXML
    private void initialize() {
        summary.textProperty().bind(viewModel.summary());
        warnings.setItems(viewModel.warnings());
        warnings.setPlaceholder(new Label(localization.text("data.quality.noWarnings")));
        warnings.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(QualityWarning warning, boolean empty) {
                super.updateItem(warning, empty);
                setText(empty || warning == null ? null
                        : localization.text("data.quality.warning", viewModel.kindLabel(warning), warning.message()));
                setTooltip(empty || warning == null ? null : new Tooltip(getText()));
            }
        });
        rejected.setItems(viewModel.rejected());
        rejected.setPlaceholder(new Label(localization.text("data.quality.noRejected")));
        lineColumn.setCellValueFactory(cell -> text(localization.formats().integer(cell.getValue().line())));
        reasonColumn.setCellValueFactory(cell -> text(cell.getValue().reason()));
        reasonColumn.setCellFactory(column -> new FullTextCell<>());
        guesses.setItems(viewModel.guesses());
        guessColumn.setCellValueFactory(cell -> text(cell.getValue().column()));
        guessRoleColumn.setCellValueFactory(cell -> text(ColumnLabels.role(localization, cell.getValue().role())));
        guessReasonColumn.setCellValueFactory(cell -> text(cell.getValue().reason()));
        guessReasonColumn.setCellFactory(column -> new FullTextCell<>());
    }

    /** A text cell whose tooltip shows the whole text: reasons are often longer than the column is wide. */
    private static final class FullTextCell<S> extends TableCell<S, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
            setTooltip(empty || text == null ? null : new Tooltip(text));
        }
    }

    private static ReadOnlyStringWrapper text(String value) {
        return new ReadOnlyStringWrapper(value);
    }

    Parent root() {
        return root;
    }
}
