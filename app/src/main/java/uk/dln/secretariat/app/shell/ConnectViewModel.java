package uk.dln.secretariat.app.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import uk.dln.secretariat.app.forms.FieldErrors;
import uk.dln.secretariat.model.Problem;
import uk.dln.secretariat.persistence.server.ServerAddress;

/**
 * File > Connect to shared workspace…: where the server is, which database, who signs in, and a password only when
 * the user's {@code ~/.pgpass} does not have it. The password is handed to this one connection and then forgotten
 * here: never stored in the preferences, the recent list or a log (decision 0043).
 */
public final class ConnectViewModel {

    static final String HOST = "host";
    static final String PORT = "port";
    static final String DATABASE = "database";
    static final String USER = "user";

    private static final int DEFAULT_PORT = 5432;
    private static final int HIGHEST_PORT = 65_535;

    private final ShellViewModel shell;
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", String.valueOf(DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(this, "connecting");
    private final FieldErrors errors = new FieldErrors(HOST, PORT, DATABASE, USER);

    public ConnectViewModel(ShellViewModel shell) {
        this.shell = shell;
    }

    /**
     * Checks the fields, then connects off the FX thread; a failure is shown and the current workspace stays open.
     *
     * @param onConnected run once the shared workspace is open, e.g. to close the dialog
     */
    public void connect(Runnable onConnected) {
        Optional<ServerAddress> address = address();
        if (address.isEmpty()) {
            return;
        }
        String typed = password.get();
        // Forgotten at once: the connection keeps what it needs, and nothing here holds it any longer.
        password.set("");
        connecting.set(true);
        shell.connect(address.get(), typed == null || typed.isEmpty() ? null : typed, connected -> {
            connecting.set(false);
            if (connected) {
                onConnected.run();
            }
        });
    }

    /** The address the fields give, or empty with each field's problem shown by it. */
    Optional<ServerAddress> address() {
        List<Problem> problems = new ArrayList<>();
        String hostName = host.get().strip();
        if (hostName.isEmpty()) {
            problems.add(Problem.of(HOST, "connect.error.host"));
        } else if (!hostName.matches("[^:/@\\s]+")) {
            problems.add(Problem.of(HOST, "connect.error.hostForm", hostName));
        }
        int portNumber = port(problems);
        String databaseName = database.get().strip();
        if (databaseName.isEmpty()) {
            problems.add(Problem.of(DATABASE, "connect.error.database"));
        } else if (!databaseName.matches("[A-Za-z0-9_\\-]+")) {
            problems.add(Problem.of(DATABASE, "connect.error.databaseForm", databaseName));
        }
        String userName = user.get().strip();
        if (userName.isEmpty()) {
            problems.add(Problem.of(USER, "connect.error.user"));
        } else if (!userName.matches("[^:/@\\s]+")) {
            problems.add(Problem.of(USER, "connect.error.userForm", userName));
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return Optional.empty();
        }
        errors.clear();
        return Optional.of(new ServerAddress(hostName, portNumber, databaseName, userName));
    }

    private int port(List<Problem> problems) {
        String text = port.get().strip();
        if (text.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int number = Integer.parseInt(text);
            if (number >= 1 && number <= HIGHEST_PORT) {
                return number;
            }
        } catch (NumberFormatException e) {
            // Said below, in the field's own words.
        }
        problems.add(Problem.of(PORT, "connect.error.port", text));
        return DEFAULT_PORT;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** True while the connection is being made, so the dialog's Connect button waits. */
    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public FieldErrors errors() {
        return errors;
    }
}
