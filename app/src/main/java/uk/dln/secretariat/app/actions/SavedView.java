package uk.dln.secretariat.app.actions;

/** Ready-made sets of filters for the questions coordinators ask most. */
public enum SavedView {
    ALL("actions.view.all"),
    OVERDUE("actions.view.overdue"),
    DUE_BEFORE_NEXT_MEETING("actions.view.dueBeforeNextMeeting"),
    MY_ORGANISATION("actions.view.myOrganisation");

    private final String messageKey;

    SavedView(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
