package uk.dln.secretariat.app.dialogs;

/** The file extension that marks a Secretariat workspace, so desktops can associate it with the app. */
public final class WorkspaceFiles {

    public static final String EXTENSION = ".secretariat";

    private WorkspaceFiles() {
    }
}
