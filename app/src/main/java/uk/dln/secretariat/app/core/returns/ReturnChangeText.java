package uk.dln.secretariat.app.core.returns;

import uk.dln.secretariat.app.i18n.Messages;

/** A change as one line a reader takes in: "A26/09/02 status In progress → Proposed for closure". */
public final class ReturnChangeText {

    private ReturnChangeText() {
    }

    public static String of(ReturnChange change) {
        String text = change.kind() == ReturnChange.Kind.NEW_RISK || change.kind() == ReturnChange.Kind.INDICATOR
                ? change.record() + (change.kind() == ReturnChange.Kind.INDICATOR ? " " + change.newValue() : "")
                : Messages.get("returns.preview.change", change.record(),
                        Messages.get("returns.column." + change.field()).toLowerCase(Messages.bundle().getLocale()),
                        change.oldValue().isEmpty() ? "\u2014" : change.oldValue(), change.newValue());
        if (!change.reason().isEmpty()) {
            text += " " + Messages.get(change.kind() == ReturnChange.Kind.INDICATOR ? "returns.preview.note"
                    : "returns.preview.reason", change.reason());
        }
        if (change.conflict()) {
            text += " " + Messages.get("returns.preview.conflict", change.oldValue(), change.newValue());
        }
        return text;
    }
}
