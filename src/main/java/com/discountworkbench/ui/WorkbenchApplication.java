package com.discountworkbench.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The desktop application. */
public final class WorkbenchApplication extends Application {

    public static void launchApp(String[] args) {
        Application.launch(WorkbenchApplication.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Discount Workbench");
        stage.setScene(new Scene(new Label("Discount Workbench"), 800, 600));
        stage.show();
    }
}
