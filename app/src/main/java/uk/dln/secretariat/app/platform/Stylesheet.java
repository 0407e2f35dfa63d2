package uk.dln.secretariat.app.platform;

import java.util.Objects;

/**
 * The stylesheet every scene of the app uses: the main window's and each dialog's. It lives apart from the
 * application class so that a dialog can be styled without depending on what starts the window.
 */
public final class Stylesheet {

    private static final String RESOURCE = "/uk/dln/secretariat/app/secretariat.css";

    private Stylesheet() {
    }

    /** The stylesheet's address, as a scene's stylesheet list takes it. */
    public static String url() {
        return Objects.requireNonNull(Stylesheet.class.getResource(RESOURCE)).toExternalForm();
    }
}
