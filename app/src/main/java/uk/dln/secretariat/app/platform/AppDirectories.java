package uk.dln.secretariat.app.platform;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the app keeps its own files: the default workspace, logs, JavaFX's native cache. One folder per user, in the
 * place each operating system expects. The {@code secretariat.home} system property moves it (tests, portable use).
 */
public final class AppDirectories {

    public static final String HOME_PROPERTY = "secretariat.home";
    public static final String DEFAULT_WORKSPACE_NAME = "Digital Leaders Network.secretariat";

    private final Path home;

    public AppDirectories(Path home) {
        this.home = home;
    }

    public static AppDirectories forCurrentUser() {
        String override = System.getProperty(HOME_PROPERTY);
        if (override != null && !override.isBlank()) {
            return new AppDirectories(Path.of(override));
        }
        return new AppDirectories(platformDataFolder());
    }

    public Path home() {
        return home;
    }

    public Path defaultWorkspace() {
        return home.resolve(DEFAULT_WORKSPACE_NAME);
    }

    public Path logs() {
        return home.resolve("logs");
    }

    private static Path platformDataFolder() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String localAppData = System.getenv("LOCALAPPDATA");
            Path base = localAppData != null ? Path.of(localAppData) : userHome.resolve("AppData/Local");
            return base.resolve("Secretariat");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/Secretariat");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share");
        return base.resolve("secretariat");
    }
}
