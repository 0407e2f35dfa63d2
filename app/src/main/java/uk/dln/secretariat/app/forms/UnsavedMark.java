package uk.dln.secretariat.app.forms;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The form's side of unsaved changes: the words "Unsaved changes" beside its buttons while it holds any, and which
 * editor a node belongs to, so Ctrl+S saves the form that has the focus.
 */
public final class UnsavedMark {

    private static final Object EDITOR = UnsavedChanges.class;

    private UnsavedMark() {
    }

    /** "Unsaved changes", shown only while the editor holds some; words, so colour does not carry it alone. */
    public static Label label(UnsavedChanges editor) {
        var label = new Label(Messages.get("changes.unsaved"));
        label.getStyleClass().add("unsaved-mark");
        label.visibleProperty().bind(editor.changes().dirtyProperty());
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    /**
     * A form's buttons with the mark after them. The row wraps rather than shrinks: in a narrow form the mark goes
     * to the next line and the buttons keep their whole labels.
     */
    public static FlowPane row(UnsavedChanges editor, Node... buttons) {
        var row = new FlowPane(8, 6, buttons);
        row.getChildren().add(label(editor));
        return row;
    }

    /** Marks the node, and so everything inside it, as the editor's: Ctrl+S there saves that editor. */
    public static <N extends Node> N owns(N node, UnsavedChanges editor) {
        node.getProperties().put(EDITOR, editor);
        return node;
    }

    /** The editor whose form holds the node, or null. */
    public static UnsavedChanges editorAround(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at.getProperties().get(EDITOR) instanceof UnsavedChanges editor) {
                return editor;
            }
        }
        return null;
    }
}
