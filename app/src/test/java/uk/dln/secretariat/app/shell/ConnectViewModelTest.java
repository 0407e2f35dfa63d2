package uk.dln.secretariat.app.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.dln.secretariat.persistence.server.ServerAddress;

/** The Connect dialog's fields: each problem said by the field it is about, before anything is tried. */
class ConnectViewModelTest {

    private final ConnectViewModel viewModel = new ConnectViewModel(null);

    @Test
    void emptyFieldsAreEachNamedAndNothingIsTried() {
        viewModel.userProperty().set("");

        assertTrue(viewModel.address().isEmpty());

        assertEquals("Enter the host: the server’s name or address.",
                viewModel.errors().of(ConnectViewModel.HOST).get());
        assertEquals("Enter the database: the shared workspace’s name on the server.",
                viewModel.errors().of(ConnectViewModel.DATABASE).get());
        assertEquals("Enter the user to sign in as.", viewModel.errors().of(ConnectViewModel.USER).get());
        assertEquals("", viewModel.errors().of(ConnectViewModel.PORT).get());
    }

    @Test
    void aPortThatIsNotANumberIsRefusedByName() {
        viewModel.hostProperty().set("db.example.org");
        viewModel.databaseProperty().set("network");
        viewModel.portProperty().set("54a2");

        assertTrue(viewModel.address().isEmpty());

        assertTrue(viewModel.errors().of(ConnectViewModel.PORT).get().startsWith("The port 54a2 is not a port number"),
                viewModel.errors().of(ConnectViewModel.PORT).get());
    }

    @Test
    void theFieldsMakeTheAddressWithTheDefaultPortAndTheOperatingSystemUser() {
        viewModel.hostProperty().set(" db.example.org ");
        viewModel.databaseProperty().set("network");

        assertEquals(new ServerAddress("db.example.org", 5432, "network", System.getProperty("user.name")),
                viewModel.address().orElseThrow());
    }

    @Test
    void aPasswordIsNeverKeptInTheFormOnceUsed() {
        viewModel.passwordProperty().set("secret");
        viewModel.connect(() -> { });

        // Nothing was tried (no host), and the password is still there to be used once the host is given.
        assertEquals("secret", viewModel.passwordProperty().get());
    }
}
