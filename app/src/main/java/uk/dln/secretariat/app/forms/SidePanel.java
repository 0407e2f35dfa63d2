package uk.dln.secretariat.app.forms;

import java.util.function.Consumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.ToggleButton;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * A panel beside the main content that folds away when the window is too narrow for both, so that a small laptop
 * screen keeps the main table whole. It folds and unfolds by itself as the window crosses the width it needs, and a
 * toggle button lets the person show or hide it at any width.
 */
public final class SidePanel {

    private SidePanel() {
    }

    /**
     * @param hostWidth   the width of the area holding the content and the panel
     * @param widthNeeded the width at which both fit side by side
     * @param show        shows ({@code true}) or hides the panel
     * @param showKey     bundle key of the button's text while hidden, e.g. "Show details"
     * @param hideKey     bundle key of the button's text while shown
     * @return the toggle button, selected while the panel shows, for the view to place
     */
    public static ToggleButton install(ObservableDoubleValue hostWidth, double widthNeeded, Consumer<Boolean> show,
                                       String showKey, String hideKey) {
        var toggle = new ToggleButton();
        toggle.getStyleClass().add("side-panel-toggle");
        toggle.textProperty().bind(javafx.beans.binding.Bindings.when(toggle.selectedProperty())
                .then(Messages.get(hideKey)).otherwise(Messages.get(showKey)));
        toggle.accessibleTextProperty().bind(toggle.textProperty());
        toggle.selectedProperty().addListener((obs, was, shown) -> show.accept(shown));
        toggle.setSelected(true);
        hostWidth.addListener((obs, old, now) -> {
            // Only crossing the width decides: a panel the person opened on a narrow window stays open.
            boolean fitted = old.doubleValue() >= widthNeeded;
            boolean fits = now.doubleValue() >= widthNeeded;
            if (fits != fitted || old.doubleValue() == 0) {
                toggle.setSelected(fits);
            }
        });
        return toggle;
    }
}
