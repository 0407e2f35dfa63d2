package uk.dln.secretariat.app.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The strip under the menu while the workspace is read only: a warning sign, the words "Read only", why, and a way
 * to try again once the other person has closed it. Hidden while the workspace can be changed.
 */
final class ReadOnlyBanner extends HBox {

    static final String STYLE_CLASS = "read-only-banner";

    ReadOnlyBanner(ReadOnlyStringProperty notice, Runnable tryAgain) {
        var sign = new Label("!");
        sign.getStyleClass().add("warning-sign");
        sign.setMinWidth(Region.USE_PREF_SIZE);
        var title = new Label(Messages.get("banner.readOnly.title"));
        title.getStyleClass().add("read-only-title");
        var text = new Label();
        text.textProperty().bind(notice);
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        title.setMinWidth(Region.USE_PREF_SIZE);
        var retry = new Button(Messages.get("banner.readOnly.tryAgain"));
        retry.setMinWidth(Region.USE_PREF_SIZE);
        retry.setAccessibleText(Messages.get("banner.readOnly.tryAgain.accessible"));
        retry.setOnAction(event -> tryAgain.run());

        getChildren().addAll(sign, title, text, retry);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(12);
        accessibleTextProperty().bind(notice.map(reason -> Messages.get("banner.readOnly.title") + ". " + reason));
        visibleProperty().bind(notice.isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
