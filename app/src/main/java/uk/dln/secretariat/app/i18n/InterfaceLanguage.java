package uk.dln.secretariat.app.i18n;

import java.util.Locale;

/** The languages the window speaks, each named in itself in the language menu (English, Cymraeg). */
public enum InterfaceLanguage {
    ENGLISH(Locale.UK, "language.english"),
    WELSH(Locale.forLanguageTag("cy-GB"), "language.welsh");

    private final Locale locale;
    private final String messageKey;

    InterfaceLanguage(Locale locale, String messageKey) {
        this.locale = locale;
        this.messageKey = messageKey;
    }

    public Locale locale() {
        return locale;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Welsh for a Welsh locale; English for any other, the language of the base bundle. */
    public static InterfaceLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("cy") ? WELSH : ENGLISH;
    }
}
