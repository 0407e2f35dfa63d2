package uk.dln.secretariat.app.shell;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import uk.dln.secretariat.app.dialogs.DialogButtons;
import uk.dln.secretariat.app.forms.FormGrid;
import uk.dln.secretariat.app.i18n.Messages;
import uk.dln.secretariat.app.platform.Stylesheet;

/**
 * File > Connect to shared workspace…: host, port, database, user and, only when {@code ~/.pgpass} does not have it,
 * a password. Connect keeps the dialog open until the workspace is open; a failure is shown and the dialog stays, with
 * the workspace that was open still open behind it.
 */
final class ConnectDialog extends Dialog<ButtonType> {

    ConnectDialog(Window owner, ConnectViewModel viewModel) {
        initOwner(owner);
        setTitle(Messages.get("connect.title"));
        setHeaderText(Messages.get("connect.heading"));
        getDialogPane().getStylesheets().add(Stylesheet.url());

        var host = field("connect-host", viewModel.hostProperty());
        var port = field("connect-port", viewModel.portProperty());
        var database = field("connect-database", viewModel.databaseProperty());
        var user = field("connect-user", viewModel.userProperty());
        var password = new PasswordField();
        password.setId("connect-password");
        password.textProperty().bindBidirectional(viewModel.passwordProperty());

        var errors = viewModel.errors();
        var form = new FormGrid()
                .row("connect.host", host, errors.of(ConnectViewModel.HOST))
                .row("connect.port", port, errors.of(ConnectViewModel.PORT))
                .row("connect.database", database, errors.of(ConnectViewModel.DATABASE))
                .row("connect.user", user, errors.of(ConnectViewModel.USER))
                .row("connect.password", password, new ReadOnlyStringWrapper("").getReadOnlyProperty());
        var hint = new Label(Messages.get("connect.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        var general = new Label();
        general.textProperty().bind(errors.general());
        general.getStyleClass().add(FormGrid.ERROR_STYLE);
        general.setWrapText(true);
        getDialogPane().setContent(new VBox(12, form, hint, general));
        getDialogPane().setPrefWidth(620);
        getDialogPane().setAccessibleText(Messages.get("connect.heading"));

        var connect = new ButtonType(Messages.get("connect.button"), ButtonData.OK_DONE);
        var cancel = DialogButtons.cancel();
        getDialogPane().getButtonTypes().setAll(connect, cancel);
        var connectButton = getDialogPane().lookupButton(connect);
        connectButton.setId("connect-button");
        connectButton.setAccessibleText(Messages.get("connect.button.accessible"));
        connectButton.disableProperty().bind(viewModel.connectingProperty());
        connectButton.addEventFilter(ActionEvent.ACTION, event -> {
            // Stays open until connected: a failure is shown over it, and the person corrects a field and tries again.
            event.consume();
            viewModel.connect(() -> setResult(connect));
        });
        setOnShown(event -> {
            // The dialog takes the keyboard at once, so that the host can be typed without reaching for a mouse.
            getDialogPane().getScene().getWindow().requestFocus();
            // After the dialog has given its default button the focus, not before.
            Platform.runLater(host::requestFocus);
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        var field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
