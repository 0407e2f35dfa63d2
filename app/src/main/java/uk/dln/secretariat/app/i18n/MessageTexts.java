package uk.dln.secretariat.app.i18n;

import java.util.Locale;
import uk.dln.secretariat.reports.Texts;

/** The documents' words come from the app's bundle, in the user's language. */
public final class MessageTexts implements Texts {

    @Override
    public String get(String key, Object... arguments) {
        return Messages.get(key, arguments);
    }

    @Override
    public Locale locale() {
        return Messages.bundle().getLocale().getLanguage().isEmpty() ? Locale.UK : Messages.bundle().getLocale();
    }
}
