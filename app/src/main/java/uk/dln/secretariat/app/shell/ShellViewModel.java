package uk.dln.secretariat.app.shell;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import uk.dln.secretariat.app.platform.AppDirectories;
import uk.dln.secretariat.app.backup.RestoreFlow;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.changes.UnsavedChanges;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.preferences.UserPreferences;
import uk.dln.secretariat.app.workspace.WorkspaceService;
import uk.dln.secretariat.persistence.OpenWorkspace;
import uk.dln.secretariat.persistence.Workspace;
import uk.dln.secretariat.persistence.server.ServerAddress;
import uk.dln.secretariat.persistence.server.ServerWorkspace;

/** The main window's state: which section is showing, which workspace is open, and the File menu's commands. */
public final class ShellViewModel {

    private final WorkspaceService workspaces;
    private final UserPreferences preferences;
    private final AppDirectories directories;
    private final DialogService dialogs;
    private final RestoreFlow restores;
    private final Clock clock;
    private final ChangeGuard changes;
    private final Map<Section, ChangeGuard> sectionChanges = new EnumMap<>(Section.class);
    private final ReadOnlyStringWrapper savedNotice = new ReadOnlyStringWrapper(this, "savedNotice", "");

    private final ObjectProperty<Section> selectedSection = new SimpleObjectProperty<>(this, "selectedSection",
            Section.HOME);
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(this, "windowTitle");
    private final ReadOnlyStringWrapper workspaceLocation = new ReadOnlyStringWrapper(this, "workspaceLocation");
    private final ReadOnlyStringWrapper readOnlyNotice = new ReadOnlyStringWrapper(this, "readOnlyNotice");
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    private Runnable onFirstRun = () -> { };

    public ShellViewModel(WorkspaceService workspaces, UserPreferences preferences, AppDirectories directories,
                          DialogService dialogs) {
        this(workspaces, preferences, directories, dialogs, Clock.systemDefaultZone());
    }

    public ShellViewModel(WorkspaceService workspaces, UserPreferences preferences, AppDirectories directories,
                          DialogService dialogs, Clock clock) {
        this.workspaces = workspaces;
        this.preferences = preferences;
        this.directories = directories;
        this.dialogs = dialogs;
        this.clock = clock;
        this.changes = new ChangeGuard(dialogs);
        changes.addSavedListener(this::confirmSaved);
        windowTitle.bind(Bindings.createStringBinding(() -> markedTitle(title(workspaces.currentProperty().get())),
                workspaces.currentProperty(), changes.dirtyProperty()));
        workspaceLocation.bind(Bindings.createStringBinding(() -> location(workspaces.currentProperty().get()),
                workspaces.currentProperty()));
        readOnlyNotice.bind(Bindings.createStringBinding(() -> readOnlyNotice(workspaces.currentProperty().get()),
                workspaces.currentProperty()));
        this.restores = new RestoreFlow(workspaces, dialogs);
        workspaces.currentProperty().addListener((obs, old, opened) -> {
            refreshRecent();
            reportWarnings(opened);
        });
        refreshRecent();
    }

    /** At start-up: the last workspace used, or on first run the default one, created if need be. */
    public void openStartupWorkspace() {
        Path last = preferences.lastWorkspace().orElse(null);
        if (last == null) {
            workspaces.open(directories.defaultWorkspace(), opened -> onFirstRun.run(), this::reportOpenFailure);
            return;
        }
        workspaces.open(last, error -> {
            reportOpenFailure(last, error);
            if (!last.equals(directories.defaultWorkspace())) {
                workspaces.open(directories.defaultWorkspace(), this::reportOpenFailure);
            }
        });
    }

    /**
     * What to offer once a new workspace is open (the very first one, or one made with File > New), e.g. loading
     * the standard list of organisations.
     */
    public void setOnFirstRun(Runnable action) {
        this.onFirstRun = action;
    }

    /** Registers a section's editors: they are asked about before leaving the section, the workspace or the app. */
    public void guard(Section section, ChangeGuard sectionGuard) {
        sectionChanges.put(section, sectionGuard);
        changes.watch(sectionGuard);
    }

    /** Shows another section, once the editors of the one showing have no unsaved changes. */
    public void goTo(Section section) {
        if (section == selectedSection.get()) {
            return;
        }
        ChangeGuard showing = sectionChanges.get(selectedSection.get());
        if (showing == null) {
            selectedSection.set(section);
        } else {
            showing.leave(() -> selectedSection.set(section));
        }
    }

    /** Quits (or closes the window) once every editor's changes are saved or discarded; Cancel keeps it open. */
    public void quit(Runnable quit) {
        changes.leave(quit);
    }

    /**
     * Ctrl+S: saves the editor that has the focus, or else the first one in the section showing with changes.
     *
     * @param inFront the editor holding the focus, or null
     */
    public void saveInFront(UnsavedChanges inFront) {
        if (inFront != null && inFront.isDirty()) {
            inFront.save(() -> { });
            return;
        }
        ChangeGuard showing = sectionChanges.get(selectedSection.get());
        if (showing != null) {
            showing.saveFirstDirty();
        }
    }

    /** Every editor in the window, for the title's mark and for leaving the workspace or quitting. */
    public ChangeGuard changes() {
        return changes;
    }

    /** "Attendance saved, 10:42": the latest save, for the status bar. */
    public ReadOnlyStringProperty savedNoticeProperty() {
        return savedNotice.getReadOnlyProperty();
    }

    public void newWorkspace() {
        changes.leave(this::chooseNewWorkspace);
    }

    private void chooseNewWorkspace() {
        dialogs.chooseWorkspaceToCreate(initialFolder()).ifPresent(file -> {
            if (file.toFile().exists()) {
                dialogs.showError(Messages.get("workspace.new.exists.heading"),
                        Messages.get("workspace.new.exists.body", file));
                return;
            }
            // A new workspace is empty: like the very first one, it offers the standard organisations.
            workspaces.open(file, opened -> onFirstRun.run(), error -> reportOpenFailure(file, error));
        });
    }

    public void openWorkspace() {
        changes.leave(() -> dialogs.chooseWorkspaceToOpen(initialFolder()).ifPresent(this::open));
    }

    public void openRecent(Path file) {
        changes.leave(() -> openRecentNow(file));
    }

    private void openRecentNow(Path file) {
        if (!file.toFile().exists()) {
            dialogs.showError(Messages.get("workspace.recent.missing.heading"),
                    Messages.get("workspace.recent.missing.body", file));
            preferences.forgetWorkspace(file);
            refreshRecent();
            return;
        }
        open(file);
    }

    /** Opens the file, reporting in a dialog if it cannot be used. */
    public void open(Path file) {
        workspaces.open(file, error -> reportOpenFailure(file, error));
    }

    /**
     * File > Connect to shared workspace…: once every editor's changes are saved or discarded, connects to the
     * server's database; the current workspace stays open until that succeeds.
     *
     * @param password typed for this connection only, or null to use {@code ~/.pgpass}; never stored
     * @param onDone   told whether it connected, e.g. so that the dialog can close or stay open
     */
    public void connect(ServerAddress address, String password, Consumer<Boolean> onDone) {
        changes.leave(() -> workspaces.connect(address, password, opened -> onDone.accept(true), error -> {
            reportConnectFailure(address, error);
            onDone.accept(false);
        }));
    }

    /** {@code --workspace postgresql://…} when the window opens: the server's database, with ~/.pgpass. */
    public void connect(ServerAddress address) {
        workspaces.connect(address, null, opened -> { }, error -> reportConnectFailure(address, error));
    }

    private void reportConnectFailure(ServerAddress address, Throwable error) {
        dialogs.showError(Messages.get("workspace.connect.failed.heading", address.database(), address.host()),
                Messages.describe(error));
    }

    /** A read-only workspace may have become free: opens it again, for changes if it can. */
    public void tryAgainForChanges() {
        workspaces.current().flatMap(OpenWorkspace::localFile)
                .ifPresent(file -> changes.leave(() -> open(file)));
    }

    public ObjectProperty<Section> selectedSectionProperty() {
        return selectedSection;
    }

    public ReadOnlyStringProperty windowTitleProperty() {
        return windowTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspaceLocationProperty() {
        return workspaceLocation.getReadOnlyProperty();
    }

    /** Why the open workspace cannot be changed, for the banner; empty when it can. */
    public ReadOnlyStringProperty readOnlyNoticeProperty() {
        return readOnlyNotice.getReadOnlyProperty();
    }

    public ObservableList<Path> recentWorkspaces() {
        return FXCollections.unmodifiableObservableList(recentWorkspaces);
    }

    private void reportOpenFailure(Throwable error) {
        reportOpenFailure(directories.defaultWorkspace(), error);
    }

    private void reportOpenFailure(Path file, Throwable error) {
        if (Workspace.isDamaged(error)) {
            restores.offerForDamaged(file.toAbsolutePath().normalize());
            return;
        }
        dialogs.showError(Messages.get("workspace.open.failed.heading", file.getFileName()), Messages.describe(error));
    }

    /** Something went wrong while opening that did not stop it (the day's backup, say): the person must know. */
    private void reportWarnings(OpenWorkspace opened) {
        if (opened != null && !opened.warnings().isEmpty()) {
            dialogs.showError(Messages.get("workspace.open.warnings.heading", opened.name()),
                    opened.warnings().stream().map(Messages::of).collect(Collectors.joining("\n\n")));
        }
    }

    private void refreshRecent() {
        recentWorkspaces.setAll(preferences.recentWorkspaces());
    }

    private Path initialFolder() {
        return workspaces.current().flatMap(OpenWorkspace::localFile).map(Path::getParent)
                .orElse(directories.home());
    }

    private static String title(OpenWorkspace workspace) {
        if (workspace == null) {
            return Messages.get("app.title");
        }
        return Messages.get(workspace.isReadOnly() ? "app.title.readOnly" : "app.title.withWorkspace",
                workspace.name());
    }

    private String markedTitle(String title) {
        return changes.isDirty() ? Messages.get("changes.unsaved.title", title) : title;
    }

    private void confirmSaved(UnsavedChanges editor) {
        savedNotice.set(Messages.get("status.saved", editor.editorName(),
                LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm"))));
    }

    private static String readOnlyNotice(OpenWorkspace workspace) {
        return workspace == null ? "" : workspace.readOnlyReason().map(Messages::of).orElse("");
    }

    /** The file, or the server's address and the user signed in. */
    private static String location(OpenWorkspace workspace) {
        if (workspace == null) {
            return Messages.get("status.noWorkspace");
        }
        if (workspace instanceof ServerWorkspace server) {
            ServerAddress address = server.address();
            return Messages.get("status.workspace.server", ServerAddress.SCHEME + address.host() + ":"
                    + address.port() + "/" + address.database(), address.user());
        }
        return Messages.get("status.workspace", workspace.location());
    }
}
