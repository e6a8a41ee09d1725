package com.discountworkbench.ui.data;

import com.discountworkbench.data.QualityReport;
import com.discountworkbench.data.QualityWarning;
import com.discountworkbench.data.RejectedRow;
import com.discountworkbench.data.RoleGuess;
import com.discountworkbench.ui.i18n.UiLanguage;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The quality report of the loaded file: what was read and left out, the warnings worth a look, and why each
 * column got its role. The reader's own texts (reasons, warnings) are in English; their kinds are translated.
 */
public final class QualityViewModel {
    private final UiLanguage language;
    private final ReadOnlyObjectWrapper<QualityReport> report = new ReadOnlyObjectWrapper<>();
    private final ObservableList<QualityWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<RejectedRow> rejected = FXCollections.observableArrayList();
    private final ObservableList<RoleGuess> guesses = FXCollections.observableArrayList();

    QualityViewModel(UiLanguage language) {
        this.language = language;
    }

    public ReadOnlyObjectProperty<QualityReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ObservableList<QualityWarning> warnings() {
        return warnings;
    }

    /** The first rejected lines (the reader lists at most {@link QualityReport#MAX_LISTED_REJECTIONS}). */
    public ObservableList<RejectedRow> rejected() {
        return rejected;
    }

    public ObservableList<RoleGuess> guesses() {
        return guesses;
    }

    /** "20,000 rows read · 3 lines rejected · 1 blank line skipped · 2 warnings". */
    public StringBinding summary() {
        return Bindings.createStringBinding(() -> {
            QualityReport shown = report.get();
            if (shown == null) {
                return "";
            }
            return language.text("data.quality.summary", language.formats().integer(shown.rows()),
                    language.formats().integer(shown.rejectedCount()), language.formats().integer(shown.blankLines()),
                    language.formats().integer(shown.warnings().size()));
        }, report, language.property());
    }

    /** Tab title with the number of warnings, e.g. "Quality (2)". */
    public StringBinding tabTitle() {
        return Bindings.createStringBinding(() -> report.get() == null || report.get().warnings().isEmpty()
                ? language.text("data.tab.quality")
                : language.text("data.tab.qualityCount",
                        language.formats().integer(report.get().warnings().size())), report, language.property());
    }

    /** The warning's kind in the window's language, e.g. "Leakage". */
    public String kindLabel(QualityWarning warning) {
        return language.text("data.warning." + warning.kind().name().toLowerCase(Locale.ROOT));
    }

    void show(QualityReport shown) {
        report.set(shown);
        warnings.setAll(shown == null ? List.of() : shown.warnings());
        rejected.setAll(shown == null ? List.of() : shown.rejected());
        guesses.setAll(shown == null ? List.of() : shown.roleGuesses());
    }
}
