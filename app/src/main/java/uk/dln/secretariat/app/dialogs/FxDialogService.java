package uk.dln.secretariat.app.dialogs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import uk.dln.secretariat.app.changes.SaveChoice;
import uk.dln.secretariat.app.i18n.Messages;

/** Native file choosers and alerts owned by the main window, so they stay on top of it and keep its focus. */
public final class FxDialogService implements DialogService {

    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseWorkspaceToCreate(Path initialFolder) {
        FileChooser chooser = workspaceChooser("dialog.workspace.new.title", initialFolder);
        chooser.setInitialFileName(Messages.get("dialog.workspace.new.fileName"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FxDialogService::withExtension);
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path initialFolder) {
        FileChooser chooser = workspaceChooser("dialog.workspace.open.title", initialFolder);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("dialog.workspace.allFiles"), "*"));
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseCsvToImport(Path initialFolder) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.import.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("dialog.import.filter"), "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter(Messages.get("dialog.workspace.allFiles"), "*"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePaperToAttach(Path initialFolder) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get("dialog.paper.title"));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public void showError(String heading, String message) {
        show(Alert.AlertType.ERROR, "dialog.error.title", heading, message);
    }

    @Override
    public void showInformation(String heading, String message) {
        show(Alert.AlertType.INFORMATION, "dialog.information.title", heading, message);
    }

    @Override
    public boolean confirm(String heading, String message, String goAheadLabel) {
        var goAhead = new ButtonType(goAheadLabel, ButtonBar.ButtonData.OK_DONE);
        var cancel = DialogButtons.cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm.title", heading, message);
        alert.getButtonTypes().setAll(goAhead, cancel);
        // What is confirmed here deletes, overwrites or changes many records: Enter alone must not do it.
        defaultToCancel(alert, goAhead, cancel);
        return alert.showAndWait().filter(goAhead::equals).isPresent();
    }

    @Override
    public boolean ask(String heading, String message, String firstAnswer, String secondAnswer) {
        var first = new ButtonType(firstAnswer, ButtonBar.ButtonData.OK_DONE);
        var second = new ButtonType(secondAnswer, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "dialog.confirm.title", heading, message);
        alert.getButtonTypes().setAll(first, second);
        return alert.showAndWait().filter(first::equals).isPresent();
    }

    @Override
    public SaveChoice askToSave(String heading, String message) {
        var save = new ButtonType(Messages.get("changes.ask.save"), ButtonBar.ButtonData.YES);
        var discard = new ButtonType(Messages.get("changes.ask.discard"), ButtonBar.ButtonData.NO);
        var cancel = DialogButtons.cancel();
        Alert alert = alert(Alert.AlertType.CONFIRMATION, "changes.ask.title", heading, message);
        alert.getButtonTypes().setAll(save, discard, cancel);
        // Enter must never throw work away or write it unasked: Cancel is the default, and has the focus.
        defaultToCancel(alert, save, cancel);
        var answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean askToReload(String heading, String message) {
        var reload = DialogButtons.reload();
        var keepEditing = DialogButtons.keepEditing();
        Alert alert = alert(Alert.AlertType.WARNING, "changes.conflict.title", heading, message);
        alert.getButtonTypes().setAll(reload, keepEditing);
        // Reloading gives up what was typed: Enter keeps editing, and Reload is chosen on purpose.
        defaultToCancel(alert, reload, keepEditing);
        return alert.showAndWait().filter(reload::equals).isPresent();
    }

    /** Makes Cancel the default button (Enter) and the first focused, leaving the other as an ordinary button. */
    static void defaultToCancel(Alert alert, ButtonType goAhead, ButtonType cancel) {
        var goAheadButton = (Button) alert.getDialogPane().lookupButton(goAhead);
        var cancelButton = (Button) alert.getDialogPane().lookupButton(cancel);
        goAheadButton.setDefaultButton(false);
        cancelButton.setDefaultButton(true);
        alert.setOnShown(event -> cancelButton.requestFocus());
    }

    private void show(Alert.AlertType type, String titleKey, String heading, String message) {
        alert(type, titleKey, heading, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String titleKey, String heading, String message) {
        // JavaFX's own OK is English whatever the window speaks: the alert is given its buttons, worded from the
        // bundle; a question replaces them with its own.
        var alert = new Alert(type, "", DialogButtons.ok());
        alert.initOwner(owner);
        alert.setTitle(Messages.get(titleKey));
        alert.setHeaderText(heading);
        // A wrapping label keeps long file paths readable instead of cut off with an ellipsis.
        var content = new Label(message);
        content.setWrapText(true);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setAccessibleText(heading + ". " + message);
        return alert;
    }

    private FileChooser workspaceChooser(String titleKey, Path initialFolder) {
        var chooser = new FileChooser();
        chooser.setTitle(Messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Messages.get("dialog.workspace.filter"), "*" + WorkspaceFiles.EXTENSION));
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        return chooser;
    }

    private static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.contains(".") ? file : file.resolveSibling(name + WorkspaceFiles.EXTENSION);
    }
}
