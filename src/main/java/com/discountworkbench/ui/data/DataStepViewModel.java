package com.discountworkbench.ui.data;

import com.discountworkbench.ui.i18n.UiLanguage;
import com.discountworkbench.ui.main.MainViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;

/** The Data step: which file the analyst chose (menu, recent list or drag and drop), shown by name, folder and size. */
public final class DataStepViewModel {
    private final MainViewModel main;
    private final UiLanguage language;

    public DataStepViewModel(MainViewModel main, UiLanguage language) {
        this.main = main;
        this.language = language;
    }

    private ObjectProperty<Path> file() {
        return main.requestedDataFileProperty();
    }

    public BooleanBinding hasFile() {
        return file().isNotNull();
    }

    public StringBinding fileName() {
        return Bindings.createStringBinding(() -> file().get() == null ? "" : String.valueOf(file().get().getFileName()),
                file());
    }

    /** "in /home/ana/data · 4.1 MB", in the window's language. */
    public StringBinding fileDetails() {
        return Bindings.createStringBinding(() -> {
            Path file = file().get();
            if (file == null) {
                return "";
            }
            Path folder = file.toAbsolutePath().getParent();
            return language.text("data.fileDetails", folder, size(file));
        }, file(), language.property());
    }

    public void importCsv() {
        main.importCsv();
    }

    private String size(Path file) {
        try {
            return language.formats().fileSize(Files.size(file));
        } catch (IOException e) {
            return language.text("data.sizeUnknown");
        }
    }
}
