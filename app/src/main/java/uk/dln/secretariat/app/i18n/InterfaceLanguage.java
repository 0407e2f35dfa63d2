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

    /** The person's saved choice if they made one; otherwise the system's language (decision 0036). */
    public static InterfaceLanguage preferred(java.util.Optional<Locale> saved, Locale system) {
        return saved.map(InterfaceLanguage::of).orElse(of(system));
    }

    /** Welsh for a Welsh locale; English for any other, the language of the base bundle. */
    public static InterfaceLanguage of(Locale locale) {
        return locale != null && locale.getLanguage().equals("cy") ? WELSH : ENGLISH;
    }
}
