package uk.dln.secretariat.app.preferences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.LoggerFactory;

/**
 * What belongs to one person rather than to the network: recent workspaces, the window's place and language. Kept
 * in the operating system's preference store, never in a workspace file that others share.
 */
public final class UserPreferences {

    /** Tests and second profiles set this system property to use their own preference node. */
    public static final String NODE_PROPERTY = "secretariat.preferences";
    public static final int MAX_RECENT = 8;

    private static final String RECENT = "recent.";
    private static final String WINDOW = "window.";
    private static final String LANGUAGE = "language";

    private final Preferences node;

    public UserPreferences(Preferences node) {
        this.node = node;
    }

    public static UserPreferences forCurrentUser() {
        String nodeName = System.getProperty(NODE_PROPERTY, "uk/dln/secretariat");
        return new UserPreferences(Preferences.userRoot().node(nodeName));
    }

    /** Most recent first; the first is the workspace to reopen at start-up. */
    public List<Path> recentWorkspaces() {
        var recent = new ArrayList<Path>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String value = node.get(RECENT + i, null);
            if (value != null) {
                recent.add(Path.of(value));
            }
        }
        return recent;
    }

    public Optional<Path> lastWorkspace() {
        return recentWorkspaces().stream().findFirst();
    }

    /** Moves the file to the top of the recent list. */
    public void rememberWorkspace(Path file) {
        var recent = new ArrayList<>(recentWorkspaces());
        recent.remove(file);
        recent.add(0, file);
        storeRecent(recent);
    }

    public void forgetWorkspace(Path file) {
        var recent = new ArrayList<>(recentWorkspaces());
        recent.remove(file);
        storeRecent(recent);
    }

    /** The window's language as a language tag (en-GB, cy-GB), if the person chose one. */
    public Optional<Locale> language() {
        return Optional.ofNullable(node.get(LANGUAGE, null)).map(Locale::forLanguageTag);
    }

    public void saveLanguage(Locale language) {
        node.put(LANGUAGE, language.toLanguageTag());
        flush();
    }

    public Optional<WindowLayout> windowLayout() {
        double width = node.getDouble(WINDOW + "width", -1);
        if (width <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WindowLayout(node.getDouble(WINDOW + "x", 0), node.getDouble(WINDOW + "y", 0), width,
                node.getDouble(WINDOW + "height", 700), node.getBoolean(WINDOW + "maximised", false)));
    }

    public void saveWindowLayout(WindowLayout layout) {
        node.putDouble(WINDOW + "x", layout.x());
        node.putDouble(WINDOW + "y", layout.y());
        node.putDouble(WINDOW + "width", layout.width());
        node.putDouble(WINDOW + "height", layout.height());
        node.putBoolean(WINDOW + "maximised", layout.maximised());
        flush();
    }

    private void storeRecent(List<Path> recent) {
        for (int i = 0; i < MAX_RECENT; i++) {
            if (i < recent.size()) {
                node.put(RECENT + i, recent.get(i).toString());
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: losing them must never stop work.
            // Not a static field: the first logger sets up logging, which must not delay the first frame.
            LoggerFactory.getLogger(UserPreferences.class).warn("Could not save preferences", e);
        }
    }

    /** Where the main window was, so it opens there again. */
    public record WindowLayout(double x, double y, double width, double height, boolean maximised) {
    }
}
