package uk.dln.secretariat.app;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import uk.dln.secretariat.app.preferences.LanguagePreference;
import uk.dln.secretariat.app.preferences.UserPreferences;

/**
 * What the window needs before it is built and that needs no JavaFX: the person's preferences, and the interface's
 * words in their language (a bundle of some 90 KB to parse). Read on a thread of its own while JavaFX starts its
 * toolkit, a quarter of a second in which the second core is otherwise idle, instead of on the FX thread before the
 * first frame (decision 0035, continued in docs/benchmarks.md).
 */
final class StartUpReading {

    private static CompletableFuture<UserPreferences> reading;

    private StartUpReading() {
    }

    /** Starts reading; called once, before JavaFX is launched. */
    static synchronized void begin() {
        reading = CompletableFuture.supplyAsync(StartUpReading::read, task -> {
            var thread = new Thread(task, "start-up reading");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * The preferences, with the interface's language in effect: those read since {@link #begin()}, waiting for them
     * if need be, or read now when no reading was begun (a window opened otherwise than by the launcher).
     */
    static synchronized UserPreferences preferences() {
        var begun = reading;
        reading = null;
        if (begun == null) {
            return read();
        }
        try {
            return begun.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static UserPreferences read() {
        var preferences = UserPreferences.forCurrentUser();
        new LanguagePreference(preferences, Locale.getDefault()).applyAtStartUp();
        return preferences;
    }
}
