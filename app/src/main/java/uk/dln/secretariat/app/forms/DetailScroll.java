package uk.dln.secretariat.app.forms;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** A detail pane scrolls vertically and always fits the width it is given, so fields are never cut off. */
public final class DetailScroll {

    private DetailScroll() {
    }

    public static ScrollPane of(Node content) {
        var scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }
}
