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
    /** The item's minutes as read; the version is what a save claims. */
    private ItemMinutes read;

    ItemMinutesRow(AgendaItem item, String heading, ItemMinutes minutes, String actionLines) {
        this.item = item;
        this.heading = heading;
        this.read = minutes == null ? new ItemMinutes(item.id(), "", "", item.version()) : minutes;
        discussion.set(minutes == null ? "" : minutes.discussion());
        decisions.set(minutes == null ? "" : minutes.decisions());
        actions.set(actionLines);
    }

    ItemMinutes toMinutes() {
        return new ItemMinutes(item.id(), discussion.get(), decisions.get(), read.version());
    }

    /** Whether the person changed this item's minutes since they were read. */
    boolean changed() {
        ItemMinutes now = toMinutes();
        return !now.discussion().equals(read.discussion()) || !now.decisions().equals(read.decisions());
    }

    /** The item's minutes read again while being typed over: when stored as read, their new version is taken. */
    void readAgain(ItemMinutes stored) {
        if (stored.itemId() == read.itemId() && stored.discussion().equals(read.discussion())
                && stored.decisions().equals(read.decisions())) {
            read = stored;
        }
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
