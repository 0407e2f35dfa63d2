package uk.dln.secretariat.app.meetings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.model.meetings.AgendaItem;
import uk.dln.secretariat.model.meetings.MeetingMinutes.ItemMinutes;

/** The minutes of one agenda item as edited: its heading, discussion, decisions and the actions raised at it. */
public final class ItemMinutesRow {

    private final AgendaItem item;
    private final String heading;
    private final StringProperty discussion = new SimpleStringProperty(this, "discussion", "");
    private final StringProperty decisions = new SimpleStringProperty(this, "decisions", "");
    private final StringProperty actions = new SimpleStringProperty(this, "actions", "");

    ItemMinutesRow(AgendaItem item, String heading, ItemMinutes minutes, String actionLines) {
        this.item = item;
        this.heading = heading;
        discussion.set(minutes == null ? "" : minutes.discussion());
        decisions.set(minutes == null ? "" : minutes.decisions());
        actions.set(actionLines);
    }

    ItemMinutes toMinutes() {
        return new ItemMinutes(item.id(), discussion.get(), decisions.get());
    }

    public AgendaItem item() {
        return item;
    }

    public String heading() {
        return heading;
    }

    public StringProperty discussionProperty() {
        return discussion;
    }

    public StringProperty decisionsProperty() {
        return decisions;
    }

    /** The actions raised at this item, one a line; read-only here, the action log owns them. */
    public StringProperty actionsProperty() {
        return actions;
    }

    @Override
    public String toString() {
        return heading;
    }
}
