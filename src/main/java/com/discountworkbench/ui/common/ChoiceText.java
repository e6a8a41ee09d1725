package com.discountworkbench.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * Shows a combo box's items through a wording function, so the items themselves stay language-neutral values
 * (enums, codes) and survive a language switch.
 */
public final class ChoiceText {
    private ChoiceText() {
    }

    public static <T> void use(ComboBox<T> box, Function<T, String> wording) {
        box.setCellFactory(list -> new WordedCell<>(wording));
        box.setButtonCell(new WordedCell<>(wording));
        // The skin words the chosen value through the converter when the value is set before the items.
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : wording.apply(item);
            }

            @Override
            public T fromString(String text) {
                return box.getItems().stream().filter(item -> wording.apply(item).equals(text)).findFirst()
                        .orElse(null);
            }
        });
    }

    private static final class WordedCell<T> extends ListCell<T> {
        private final Function<T, String> wording;

        WordedCell(Function<T, String> wording) {
            this.wording = wording;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : wording.apply(item));
        }
    }
}
