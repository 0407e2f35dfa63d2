package uk.dln.secretariat.app.forms;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * Above a form whose record someone else changed while the person was typing: a warning sign, "Changed by anna at
 * 10:42 …" in words, and Reload, which asks about the typing before showing the stored record. Hidden while there is
 * nothing to say; the typing itself is never touched by it.
 */
public final class ChangedByOthersBar extends HBox {

    public static final String STYLE_CLASS = "changed-by-others";

    private final Button reload = new Button(Messages.get("changes.byOthers.reload"));

    public ChangedByOthersBar(ObservableStringValue notice, Runnable onReload) {
        var sign = new Label("!");
        sign.getStyleClass().add("warning-sign");
        sign.setMinWidth(Region.USE_PREF_SIZE);
        var text = new Label();
        text.textProperty().bind(notice);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        text.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(text, Priority.ALWAYS);
        reload.setMinWidth(Region.USE_PREF_SIZE);
        reload.setAccessibleText(Messages.get("changes.byOthers.reload.accessible"));
        reload.setOnAction(event -> onReload.run());

        getChildren().addAll(sign, text, reload);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        // A screen reader hears the notice itself when it reaches the bar, not a bare "!".
        setAccessibleText(notice.get());
        notice.addListener((obs, old, now) -> setAccessibleText(now));
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(notice));
        managedProperty().bind(visibleProperty());
        // Its shortcut does nothing while there is no notice.
        reload.disableProperty().bind(visibleProperty().not());
    }

    /** The Reload button, for a section's keyboard shortcut. */
    public Button reloadButton() {
        return reload;
    }
}
