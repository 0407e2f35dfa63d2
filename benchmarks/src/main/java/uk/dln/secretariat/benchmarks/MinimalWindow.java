package uk.dln.secretariat.benchmarks;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up floor: the least a JavaFX window can be, a label on a shaded background (the shading makes its first
 * painted frame plain to see from outside, as the app's own content does), as large as the app's main window opens
 * (1280 by 820), so both paint as many pixels. Started by {@code first-frame.sh}.
 */
public final class MinimalWindow extends Application {

    @Override
    public void start(Stage stage) {
        var root = new StackPane(new Label("Secretariat"));
        root.setStyle("-fx-background-color: linear-gradient(to bottom right, #1d70b8, #ffffff);");
        stage.setTitle("Minimal window");
        stage.setScene(new Scene(root, 1280, 820));
        stage.show();
    }

    /** A classpath launch needs a main class that does not extend Application. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(MinimalWindow.class, args);
        }
    }
}
