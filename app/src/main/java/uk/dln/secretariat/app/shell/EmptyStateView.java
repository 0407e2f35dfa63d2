package uk.dln.secretariat.app.shell;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import uk.dln.secretariat.app.i18n.Messages;

/** A section whose feature has not arrived yet says plainly what it will hold, rather than showing a blank. */
public final class EmptyStateView extends VBox {

    public static final String STYLE_CLASS = "empty-state";

    public EmptyStateView(Section section) {
        var heading = new Label(Messages.get(section.emptyHeadingKey()));
        heading.getStyleClass().add("heading-l");
        heading.setWrapText(true);
        var body = new Label(Messages.get(section.emptyBodyKey()));
        body.getStyleClass().add("body-text");
        body.setWrapText(true);
        body.setMaxWidth(640);

        getChildren().addAll(heading, body);
        getStyleClass().add(STYLE_CLASS);
        setAlignment(Pos.TOP_LEFT);
        setAccessibleText(heading.getText());
    }
}
