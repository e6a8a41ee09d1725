package com.discountworkbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ResourceBundle;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads the FXML that sits beside a view class ({@code Foo.fxml} for {@code Foo}) with the view as its controller. */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static <T extends Parent> T load(Object view, ResourceBundle bundle) {
        Class<?> type = view.getClass();
        URL fxml = type.getResource(type.getSimpleName() + ".fxml");
        if (fxml == null) {
            throw new IllegalStateException("No FXML beside " + type.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, bundle);
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
