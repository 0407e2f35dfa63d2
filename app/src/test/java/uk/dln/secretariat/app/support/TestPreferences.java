package uk.dln.secretariat.app.support;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import uk.dln.secretariat.app.preferences.UserPreferences;

/** A preference node of its own for each test, removed afterwards, so tests never see a person's settings. */
public final class TestPreferences implements AutoCloseable {

    private final Preferences node =
            Preferences.userRoot().node("uk/dln/secretariat-test/" + UUID.randomUUID());
    private final UserPreferences preferences = new UserPreferences(node);

    public UserPreferences preferences() {
        return preferences;
    }

    public String nodePath() {
        return node.absolutePath().substring(1);
    }

    @Override
    public void close() throws BackingStoreException {
        node.removeNode();
    }
}
