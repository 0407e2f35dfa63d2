package uk.dln.secretariat.app.preferences;

import java.util.Locale;
import java.util.Optional;
import uk.dln.secretariat.app.changes.ChangeGuard;
import uk.dln.secretariat.app.dialogs.DialogService;
import uk.dln.secretariat.app.i18n.InterfaceLanguage;
import uk.dln.secretariat.app.i18n.Messages;

/**
 * The language of the window: the person's saved choice; before any choice, the system's language, Welsh on a
 * Welsh system. A change is applied once every editor's unsaved changes are saved or discarded (the change guard),
 * and then the window's views are built again in the new language (decision 0036).
 */
public final class LanguagePreference {

    private final UserPreferences preferences;
    private final Locale system;

    public LanguagePreference(UserPreferences preferences, Locale system) {
        this.preferences = preferences;
        this.system = system;
    }

    /** The language to start in, put into effect for the window's words. */
    public InterfaceLanguage applyAtStartUp() {
        var language = InterfaceLanguage.preferred(preferences.language(), system);
        Messages.useLocale(language.locale());
        return language;
    }

    /** On a Welsh system, the first run asks which language to use; an answer is remembered either way. */
    public boolean offerNeeded() {
        return preferences.language().isEmpty() && InterfaceLanguage.of(system) == InterfaceLanguage.WELSH;
    }

    /**
     * Asks, in both languages, whether to use the window in Welsh; remembers the answer and, when it differs from
     * the language showing, switches. The answers are the languages named in themselves, "Cymraeg" and "English":
     * English is an answer, not a Cancel.
     */
    public void offer(DialogService dialogs, ChangeGuard changes, Runnable rebuild) {
        boolean welsh = dialogs.ask(Messages.get("language.offer.heading"), Messages.get("language.offer.body"),
                Messages.get("language.offer.welsh"), Messages.get("language.english"));
        choose(welsh ? InterfaceLanguage.WELSH : InterfaceLanguage.ENGLISH, changes, rebuild);
    }

    /**
     * Switches the window to the language once no editor holds unsaved changes: each is asked about (save, discard
     * or cancel), and Cancel keeps both the changes and the language showing.
     *
     * @param rebuild builds the window's views again, in the language now current
     */
    public void choose(InterfaceLanguage language, ChangeGuard changes, Runnable rebuild) {
        changes.leave(() -> {
            preferences.saveLanguage(language.locale());
            if (current() != language) {
                Messages.useLocale(language.locale());
                rebuild.run();
            }
        });
    }

    /** The language the window speaks now. */
    public static InterfaceLanguage current() {
        return InterfaceLanguage.of(Messages.current().locale());
    }

    /** The saved choice, if one was made. */
    public Optional<InterfaceLanguage> saved() {
        return preferences.language().map(InterfaceLanguage::of);
    }
}
